package dev.canopy.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import dev.canopy.media.storage.StorageConfig;
import dev.canopy.platform.errors.DomainException;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.PayloadTooLarge;
import dev.canopy.platform.errors.UnsupportedMediaType;

/** Checks an upload is a picture Canopy takes and turns it into its renditions, before anything is stored. */
@ApplicationScoped
class ImageIntake {

    private final long maxUploadBytes;
    private final long maxPixels;
    // a decoded picture takes up to ~120 MB; two at a time keep a 512 MB heap safe
    private final Semaphore decoding = new Semaphore(2, true);

    ImageIntake(StorageConfig config) {
        this.maxUploadBytes = config.maxUploadSize().asLongValue();
        this.maxPixels = config.maxPixels();
    }

    Renditions accept(InputStream upload) {
        byte[] content = readAtMost(upload);
        if (ImageFormat.isHeif(content)) {
            throw new HeicRefused();
        }
        ImageFormat format = ImageFormat.of(content)
                .orElseThrow(() -> new UnsupportedMediaType("Only JPEG, PNG and WebP images are accepted"));
        decoding.acquireUninterruptibly();
        try {
            return Renditions.of(decode(format, content), Orientation.of(format, content));
        } finally {
            decoding.release();
        }
    }

    private byte[] readAtMost(InputStream upload) {
        try {
            byte[] content = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
            if (content.length > maxUploadBytes) {
                throw new PayloadTooLarge("Images may be at most " + maxUploadBytes / (1024 * 1024) + " MB");
            }
            return content;
        } catch (IOException e) {
            throw new InvalidInput("The upload could not be read to its end");
        }
    }

    private BufferedImage decode(ImageFormat format, byte[] content) {
        ImageReader reader = format.reader();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            // the header is read before any pixel: a small file may declare a picture that fills the memory
            if ((long) width * height > maxPixels) {
                throw new InvalidInput("Images may have at most " + maxPixels / 1_000_000 + " megapixels");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * Renditions.DISPLAY_SIDE));
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("The image is damaged or incomplete and cannot be read");
        } finally {
            reader.dispose();
        }
    }
}
