package dev.canopy.media;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import dev.canopy.platform.errors.NotFound;

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

    /** The image a key of Canopy's belongs to; empty for any other key, which is never Canopy's to remove. */
    static Optional<UUID> imageOf(String key) {
        String[] parts = key.split("/");
        if (parts.length != 3 || Arrays.stream(values()).noneMatch(r -> r.fileName.equals(parts[2]))) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Rendition named(String fileName) {
        return Arrays.stream(values()).filter(r -> r.fileName.equals(fileName)).findFirst()
                .orElseThrow(() -> new NotFound("No such image"));
    }

    byte[] of(Renditions renditions) {
        return this == DISPLAY ? renditions.display() : renditions.thumbnail();
    }

    String url(String consortiumSlug, UUID imageId) {
        return "/media/" + consortiumSlug + "/" + imageId + "/" + fileName;
    }
}
