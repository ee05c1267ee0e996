package dev.canopy.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

/**
 * How a phone held the camera, from the EXIF orientation tag. Re-encoding drops EXIF, so the turn it
 * describes is applied to the pixels; otherwise portrait photos would be stored lying on their side.
 */
record Orientation(int tag) {

    static final Orientation UPRIGHT = new Orientation(1);

    static Orientation of(ImageFormat format, byte[] content) {
        if (format != ImageFormat.JPEG) {
            return UPRIGHT;
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif")) {
                InputStream exif = segment.data();
                exif.read(); // the pad byte after "Exif\0"
                Entry entry = new TIFFReader().read(ImageIO.createImageInputStream(exif)).getEntryById(TIFF.TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number tag && tag.intValue() >= 1 && tag.intValue() <= 8) {
                    return new Orientation(tag.intValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable EXIF only costs the turn; the picture itself is still checked when decoded
        }
        return UPRIGHT;
    }

    /** The picture turned and mirrored as the tag says (TIFF 6.0 orientation values 1 to 8). */
    BufferedImage upright(BufferedImage picture) {
        int w = picture.getWidth();
        int h = picture.getHeight();
        AffineTransform turn = switch (tag) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return picture;
        }
        boolean sideways = tag >= 5;
        BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            graphics.drawImage(picture, turn, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }
}
