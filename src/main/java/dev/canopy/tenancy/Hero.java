package dev.canopy.tenancy;

import java.util.UUID;

/**
 * The picture at the top of a brand's home: an image of the media library, its address and size (so
 * the page reserves its room before it loads) and the words that describe it.
 */
public record Hero(UUID image, String url, int width, int height, String alt) {
}
