package dev.canopy.media;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.media.MediaLibrary.StoredImage;
import dev.canopy.media.storage.ObjectStorage;
import dev.canopy.media.storage.StorageConfig;
import dev.canopy.media.storage.ThumbnailPutFails;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.errors.Unavailable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MediaLibraryTest {

    @Inject
    MediaLibrary media;
    @Inject
    Workshops workshops;
    @Inject
    Bucket bucket;
    @Inject
    StorageConfig config;

    Workshop workshop;

    @BeforeEach
    void workshop() {
        workshop = workshops.enterNew();
    }

    @Test
    void storedImageIsFoundWithItsAddresses() {
        StoredImage image = store();
        assertEquals(image, media.find(image.id()).orElseThrow());
        assertEquals(image.url(), media.url(image.id()));
        assertEquals(image.thumbnailUrl(), media.thumbnailUrl(image.id()));
        assertEquals("/media/" + workshop.slug() + "/" + image.id() + "/thumb.jpg", image.thumbnailUrl());
    }

    @Test
    void overlongAltTextIsRefusedBeforeAnythingIsStored() {
        int before = bucket.count();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> media.store(workshop.memberId(),
                Pictures.stream(Pictures.jpeg(64, 64)), "a".repeat(501)));
        assertEquals(400, refused.status());
        assertEquals(before, bucket.count());
    }

    @Test
    void deleteRemovesBothObjectsAndTheRow() {
        int before = bucket.count();
        StoredImage image = store();
        assertEquals(before + 2, bucket.count());

        media.delete(image.id());

        assertEquals(before, bucket.count());
        assertTrue(media.find(image.id()).isEmpty());
        given().get(image.url()).then().statusCode(404);
        assertThrows(NotFound.class, () -> media.delete(image.id()));
    }

    @Test
    void anImageOfAnotherConsortiumIsNotFoundHere() {
        StoredImage theirs = store();
        workshops.enterNew();

        assertTrue(media.find(theirs.id()).isEmpty());
        assertThrows(NotFound.class, () -> media.delete(theirs.id()));

        workshops.enter(workshop);
        assertTrue(media.find(theirs.id()).isPresent());
    }

    @Test
    void failedSecondPutLeavesNoObjectAndNoRow() {
        QuarkusMock.installMockForType(new ThumbnailPutFails(config), ObjectStorage.class);
        int before = bucket.count();

        assertThrows(Unavailable.class, this::store);

        assertEquals(before, bucket.count());
        assertEquals(0, workshops.imageRows());
    }

    @Test
    void storeWithinTheCallersTransactionThatFailsLaterLeavesNoObjects() {
        int before = bucket.count();
        UUID[] stored = new UUID[1];
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            stored[0] = store().id();
            throw new IllegalStateException("the catalog's own step failed after the image was stored");
        }));
        assertEquals(before, bucket.count());
        assertTrue(media.find(stored[0]).isEmpty());
    }

    private StoredImage store() {
        return media.store(workshop.memberId(), Pictures.stream(Pictures.jpeg(640, 480)), "A suzani");
    }
}
