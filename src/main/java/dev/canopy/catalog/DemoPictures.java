package dev.canopy.catalog;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Woven-looking pictures for the demo, drawn rather than shipped. Each seed (a product's title, a
 * brand's slug) gets colours of its own (a hue and its shades) and one of three weaves, so that no
 * two demo products look alike and the demo reads as a shop.
 */
final class DemoPictures {

    private static final int BAND = 40;

    private DemoPictures() {
    }

    /** A product photo: 800 by 600. */
    static InputStream woven(String seed) {
        return woven(seed, 800, 600);
    }

    /** A wide banner for a brand's home: 1600 by 600. */
    static InputStream banner(String seed) {
        return woven(seed, 1600, 600);
    }

    private static InputStream woven(String seed, int width, int height) {
        Random random = new Random(seed.hashCode());
        Color[] dyes = dyes(random);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int weave = random.nextInt(3);
        for (int y = 0; y < height; y += BAND) {
            g.setColor(dyes[random.nextInt(dyes.length)]);
            g.fillRect(0, y, width, BAND);
            g.setColor(dyes[random.nextInt(dyes.length)]);
            for (int x = 20; x < width; x += 2 * BAND) {
                motif(g, weave, x, y);
            }
        }
        g.dispose();
        return jpeg(image);
    }

    /** Four shades of a hue of the seed's own, and a light ground. */
    private static Color[] dyes(Random random) {
        float hue = random.nextFloat();
        return new Color[] { Color.getHSBColor(hue, .75f, .55f), Color.getHSBColor(hue, .6f, .8f),
                Color.getHSBColor((hue + .08f) % 1, .7f, .35f), Color.getHSBColor((hue + .5f) % 1, .5f, .7f),
                Color.getHSBColor(hue, .12f, .94f) };
    }

    /** Diamonds (ikat), squares (kilim) or zigzags (suzani borders). */
    private static void motif(Graphics2D g, int weave, int x, int y) {
        switch (weave) {
            case 0 -> g.fillPolygon(new int[] { x, x + 20, x, x - 20 }, new int[] { y, y + 20, y + 40, y + 20 }, 4);
            case 1 -> g.fillRect(x - 10, y + 10, 20, 20);
            default -> g.fillPolygon(new int[] { x - 20, x, x + 20 }, new int[] { y + 40, y, y + 40 }, 3);
        }
    }

    private static InputStream jpeg(BufferedImage image) {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(jpeg.toByteArray());
    }
}
