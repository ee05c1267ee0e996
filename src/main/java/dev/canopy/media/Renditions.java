package dev.canopy.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The two JPEGs made from every upload: a display size for product pages and a thumbnail for lists.
 * Fresh pixels only: nothing of the uploaded file (EXIF, GPS, comments, colour tricks) survives.
 */
record Renditions(byte[] display, byte[] thumbnail, int width, int height) {

    static final int DISPLAY_SIDE = 1600;
    static final int THUMBNAIL_SIDE = 400;
    private static final float QUALITY = 0.85f;

    static Renditions of(BufferedImage picture, Orientation orientation) {
        BufferedImage display = orientation.upright(fit(picture, DISPLAY_SIDE));
        BufferedImage thumbnail = fit(display, THUMBNAIL_SIDE);
        return new Renditions(jpeg(display), jpeg(thumbnail), display.getWidth(), display.getHeight());
    }

    /** Scaled down (never up) so that the longer side fits, as opaque RGB with transparency on white. */
    private static BufferedImage fit(BufferedImage picture, int side) {
        ImageSize size = new ImageSize(picture.getWidth(), picture.getHeight()).within(side);
        int width = size.width();
        int height = size.height();
        BufferedImage current = picture;
        // halving in steps keeps the fine patterns of weaving and embroidery from turning into moiré
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** Progressive, so that a slow phone connection shows the whole picture early and sharpens it. */
    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
