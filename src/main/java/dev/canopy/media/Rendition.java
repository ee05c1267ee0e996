package dev.canopy.media;

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

    String url(String consortiumSlug, UUID imageId) {
        return "/media/" + consortiumSlug + "/" + imageId + "/" + fileName;
    }
}
