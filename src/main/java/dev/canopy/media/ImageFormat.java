package dev.canopy.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/** The formats Canopy takes in, told apart by their first bytes, never by a name or a declared type. */
enum ImageFormat {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp");

    private static final byte[] JPEG_START = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_FOURCC = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);
    // ISO base media brands of HEIF still images and HEVC sequences, as iPhones write them
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm",
            "hevs", "mif1", "msf1");

    private final String readerName;

    ImageFormat(String readerName) {
        this.readerName = readerName;
    }

    static Optional<ImageFormat> of(byte[] content) {
        if (startsWith(content, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP_FOURCC)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** True for a HEIC/HEIF file: its {@code ftyp} box names a HEIF brand. */
    static boolean isHeif(byte[] content) {
        return startsWith(content, 4, FTYP) && content.length >= 12
                && HEIF_BRANDS.contains(new String(content, 8, 4, StandardCharsets.US_ASCII));
    }

    /** A fresh reader for exactly this format, so a file is never decoded as something else. */
    ImageReader reader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No image reader for " + readerName + " on the class path");
        }
        return readers.next();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
