package dev.canopy.catalog;

import java.util.UUID;

/** An image of a product: the media library's id and its alternative text. */
public record ProductImage(UUID id, String alt) {
}
