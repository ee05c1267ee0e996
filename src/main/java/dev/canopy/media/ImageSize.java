package dev.canopy.media;

/** An image's size in pixels, so that a page can declare it and keep its layout still while it loads. */
public record ImageSize(int width, int height) {

    /** The thumbnail's size: the display scaled down (never up) until its longer side fits, as it was made. */
    public ImageSize thumbnail() {
        return within(Renditions.THUMBNAIL_SIDE);
    }

    ImageSize within(int side) {
        double scale = Math.min(1.0, (double) side / Math.max(width, height));
        return new ImageSize(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }
}
