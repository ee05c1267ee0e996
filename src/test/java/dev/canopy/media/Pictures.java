package dev.canopy.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Uploads as artisans' phones and mischievous clients send them, made byte by byte where it matters. */
public final class Pictures {

    private Pictures() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(pattern(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    public static byte[] png(int width, int height) {
        return encode(pattern(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(pattern(width, height, BufferedImage.TYPE_INT_RGB), "gif");
    }

    /** cwebp 1.2.4 output of a 96x64 gradient whose right third is 38% opaque: -q 80, and -lossless. */
    public static byte[] webp(String name) {
        try (InputStream in = Pictures.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of an iPhone's HEIC photo: its ftyp box (brand heic, compatible mif1 and heic), then filler. */
    public static byte[] heic() {
        ByteBuffer box = ByteBuffer.allocate(24 + 64).putInt(24).put(text("ftypheic")).putInt(0)
                .put(text("mif1heic"));
        return box.array();
    }

    public static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** A valid PNG start whose header declares 50000 x 50000 pixels: 7.5 GB once decoded. */
    public static byte[] decompressionBomb() {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(50_000).putInt(50_000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
        png.writeBytes(chunk("IHDR", header.array()));
        png.writeBytes(chunk("IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 }));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    /** A JPEG start that never ends, to show an upload is cut off while it is read. */
    public static InputStream endless() {
        return new InputStream() {
            private int position;

            @Override
            public int read() {
                return position++ < 3 ? new int[] { 0xFF, 0xD8, 0xFF }[position - 1] : 0;
            }
        };
    }

    public static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    public static BufferedImage decode(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static BufferedImage pattern(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        for (int x = 0; x < width; x += 8) {
            graphics.setColor(new Color((x * 7) % 256, 90, 160));
            graphics.fillRect(x, 0, 8, height);
        }
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
