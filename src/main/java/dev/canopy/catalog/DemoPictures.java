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

/** Woven-looking pictures for the demo products, drawn rather than shipped: stripes and diamonds. */
final class DemoPictures {

    private static final Color[] DYES = { new Color(0x8a3b12), new Color(0xc9a227), new Color(0x2f5d50),
            new Color(0x5b2a48), new Color(0xe8dcc4), new Color(0x1f3a5f) };

    private DemoPictures() {
    }

    static InputStream woven(String seed) {
        Random random = new Random(seed.hashCode());
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < 600; y += 40) {
            g.setColor(DYES[random.nextInt(DYES.length)]);
            g.fillRect(0, y, 800, 40);
            g.setColor(DYES[random.nextInt(DYES.length)]);
            for (int x = 20; x < 800; x += 80) {
                g.fillPolygon(new int[] { x, x + 20, x, x - 20 }, new int[] { y, y + 20, y + 40, y + 20 }, 4);
            }
        }
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ByteArrayInputStream(jpeg.toByteArray());
    }
}
