package dev.canopy.media;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The stored sizes of an image, each an object of its own under a key made by Canopy. */
enum Rendition {
    DISPLAY("display.jpg"),
    THUMBNAIL("thumb.jpg");

    static final String CONTENT_TYPE = "image/jpeg";

    final String fileName;

    Rendition(String fileName) {
        this.fileName = fileName;
    }

    /** {@code {consortiumId}/{imageId}/display.jpg}: an upload's own name never reaches a key. */
    String key(UUID consortiumId, UUID imageId) {
        return consortiumId + "/" + imageId + "/" + fileName;
    }

    static List<String> keys(UUID consortiumId, UUID imageId) {
        return Arrays.stream(values()).map(rendition -> rendition.key(consortiumId, imageId)).toList();
    }

    byte[] of(Renditions renditions) {
        return this == DISPLAY ? renditions.display() : renditions.thumbnail();
    }

    String url(String consortiumSlug, UUID imageId) {
        return "/media/" + consortiumSlug + "/" + imageId + "/" + fileName;
    }
}
