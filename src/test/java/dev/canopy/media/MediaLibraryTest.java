package dev.canopy.media;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.media.MediaLibrary.StoredImage;
import dev.canopy.media.MediaLibrary.Upload;
import dev.canopy.media.storage.ObjectStorage;
import dev.canopy.media.storage.StorageConfig;
import dev.canopy.media.storage.ThumbnailPutFails;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.errors.Unavailable;
import dev.canopy.testsupport.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MediaLibraryTest {

    @Inject
    MediaLibrary media;
    @Inject
    OrphanSweeper sweeper;
    @Inject
    Workshops workshops;
    @Inject
    Bucket bucket;
    @Inject
    StorageConfig config;
    @Inject
    TestClock clock;

    Workshop workshop;

    @BeforeEach
    void workshop() {
        workshop = workshops.enterNew();
    }

    @AfterEach
    void timeBack() {
        clock.reset();
    }

    @Test
    void storedImageIsFoundWithItsAddresses() {
        StoredImage image = storeAndRecord();
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
    void deleteRemovesTheRowAtOnceAndItsObjectsWithTheSweepAfterTheGrace() {
        StoredImage kept = storeAndRecord();
        StoredImage deleted = storeAndRecord();

        media.delete(deleted.id());

        assertTrue(media.find(deleted.id()).isEmpty());
        given().get(deleted.url()).then().statusCode(404);
        assertThrows(NotFound.class, () -> media.delete(deleted.id()));
        assertEquals(4, objectsHere().size());
        sweepAfterTheGrace();
        assertEquals(List.of(kept.id() + "/display.jpg", kept.id() + "/thumb.jpg"), objectsHere());
    }

    @Test
    void anUploadStoredButNeverRecordedIsSweptOnlyAfterTheGrace() {
        Upload crashedBeforeItsRow = media.store(workshop.memberId(), Pictures.stream(Pictures.jpeg(64, 64)), null);
        assertEquals(2, objectsHere().size());

        sweeper.sweepAll();
        workshops.enter(workshop);
        assertEquals(2, objectsHere().size(), "an upload on its way to its row is left alone");

        sweepAfterTheGrace();
        assertEquals(List.of(), objectsHere());
        assertTrue(media.find(crashedBeforeItsRow.id()).isEmpty());
    }

    @Test
    void anImageOfAnotherConsortiumIsNotFoundHere() {
        StoredImage theirs = storeAndRecord();
        workshops.enterNew();

        assertTrue(media.find(theirs.id()).isEmpty());
        assertThrows(NotFound.class, () -> media.delete(theirs.id()));

        workshops.enter(workshop);
        assertTrue(media.find(theirs.id()).isPresent());
    }

    @Test
    void aFailedSecondPutLeavesNoRowAndTheFirstObjectIsSwept() {
        QuarkusMock.installMockForType(new ThumbnailPutFails(config), ObjectStorage.class);

        assertThrows(Unavailable.class, this::storeAndRecord);

        assertEquals(0, workshops.imageRows());
        sweepAfterTheGrace();
        assertEquals(List.of(), objectsHere());
    }

    @Test
    void storageIsNeverCalledInsideATransaction() {
        int before = bucket.count();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> media.store(workshop.memberId(), Pictures.stream(Pictures.jpeg(64, 64)), null)));
        assertEquals(before, bucket.count());
    }

    private StoredImage storeAndRecord() {
        Upload upload = media.store(workshop.memberId(), Pictures.stream(Pictures.jpeg(640, 480)), "A suzani");
        return QuarkusTransaction.requiringNew().call(() -> media.record(upload));
    }

    private void sweepAfterTheGrace() {
        clock.advance(Duration.ofHours(2));
        sweeper.sweepAll();
        workshops.enter(workshop);
    }

    /** The current consortium's keys, without the consortium's prefix, in order. */
    private List<String> objectsHere() {
        String prefix = workshop.consortium().id() + "/";
        return bucket.keys().stream().filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length()))
                .sorted().toList();
    }
}
