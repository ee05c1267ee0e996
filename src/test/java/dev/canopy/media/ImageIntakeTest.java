package dev.canopy.media;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.media.MediaLibrary.Upload;
import dev.canopy.platform.errors.DomainException;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ImageIntakeTest {

    @Inject
    MediaLibrary media;
    @Inject
    Workshops workshops;
    @Inject
    Bucket bucket;

    Workshop workshop;

    @BeforeEach
    void workshop() {
        workshop = workshops.enterNew();
    }

    @Test
    void jpegPngAndWebpAreTakenInAsJpegRenditions() {
        for (byte[] upload : List.of(Pictures.jpeg(2400, 1800), Pictures.png(800, 600),
                Pictures.webp("weave-lossy-alpha.webp"), Pictures.webp("weave-lossless.webp"))) {
            Upload image = media.store(workshop.memberId(), Pictures.stream(upload), "A carpet");
            BufferedImage display = Pictures.decode(stored(image, "display.jpg"));
            BufferedImage thumbnail = Pictures.decode(stored(image, "thumb.jpg"));
            assertTrue(Math.max(display.getWidth(), display.getHeight()) <= 1600);
            assertTrue(Math.max(thumbnail.getWidth(), thumbnail.getHeight()) <= 400);
        }
    }

    @Test
    void largePicturesAreScaledToTheDisplayAndThumbnailSizes() {
        Upload image = media.store(workshop.memberId(), Pictures.stream(Pictures.jpeg(4000, 3000)), null);
        BufferedImage display = Pictures.decode(stored(image, "display.jpg"));
        BufferedImage thumbnail = Pictures.decode(stored(image, "thumb.jpg"));
        assertEquals(List.of(1600, 1200), List.of(display.getWidth(), display.getHeight()));
        assertEquals(List.of(400, 300), List.of(thumbnail.getWidth(), thumbnail.getHeight()));
    }

    @Test
    void transparentWebpIsFlattenedOntoWhite() {
        Upload image = media.store(workshop.memberId(), Pictures.stream(Pictures.webp("weave-lossy-alpha.webp")),
                null);
        BufferedImage display = Pictures.decode(stored(image, "display.jpg"));
        assertEquals(List.of(96, 64), List.of(display.getWidth(), display.getHeight()));
        int blue = display.getRGB(88, 32) & 0xFF;
        // opaque, the gradient's blue is 120; 38% of it over white is about 204, over black about 45
        assertThat(blue, greaterThan(180));
    }

    @Test
    void htmlSvgGifAndPdfAreRefusedWhateverTheyAreCalled() {
        int before = bucket.count();
        for (byte[] upload : List.of(
                Pictures.text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
                Pictures.text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
                Pictures.gif(40, 40),
                Pictures.text("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF"))) {
            assertEquals(415, refused(Pictures.stream(upload)));
        }
        assertEquals(before, bucket.count());
    }

    @Test
    void decompressionBombIsRefusedFromItsHeader() {
        int before = bucket.count();
        assertEquals(400, refused(Pictures.stream(Pictures.decompressionBomb())));
        assertEquals(before, bucket.count());
    }

    @Test
    void oversizedUploadIsCutOffWhileBeingRead() {
        int before = bucket.count();
        assertEquals(413, refused(Pictures.endless()));
        assertEquals(before, bucket.count());
    }

    @Test
    void damagedPictureIsRefused() {
        byte[] jpeg = Pictures.jpeg(300, 200);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 200);
        assertEquals(400, refused(Pictures.stream(truncated)));
    }

    @Test
    void storedKeysAreMadeByCanopyNotByTheUpload() {
        List<String> before = bucket.keys();
        Upload image = media.store(workshop.memberId(), Pictures.stream(Pictures.png(64, 64)),
                "../../etc/passwd.png");
        List<String> added = bucket.keys().stream().filter(key -> !before.contains(key)).toList();
        String prefix = workshop.consortium().id() + "/" + image.id() + "/";
        assertThat(added, containsInAnyOrder(prefix + "display.jpg", prefix + "thumb.jpg"));
    }

    @Test
    void exifWithGpsPositionIsGoneAndOrientationIsApplied() {
        byte[] upload = Exif.withGpsAndOrientation(Pictures.jpeg(300, 200), 6);
        assertThat(Exif.markers(upload), hasItem(Exif.APP1));
        assertTrue(Exif.contains(upload, "Exif") && Exif.contains(upload, "GPS"));

        Upload image = media.store(workshop.memberId(), Pictures.stream(upload), null);

        for (String file : List.of("display.jpg", "thumb.jpg")) {
            byte[] stored = stored(image, file);
            assertThat(Exif.markers(stored), not(hasItem(Exif.APP1)));
            assertFalse(Exif.contains(stored, "Exif"));
        }
        BufferedImage display = Pictures.decode(stored(image, "display.jpg"));
        assertThat(List.of(display.getWidth(), display.getHeight()), contains(200, 300));
    }

    private int refused(InputStream upload) {
        return assertThrows(DomainException.class, () -> media.store(workshop.memberId(), upload, null)).status();
    }

    private byte[] stored(Upload image, String file) {
        return bucket.read(workshop.consortium().id() + "/" + image.id() + "/" + file);
    }
}
