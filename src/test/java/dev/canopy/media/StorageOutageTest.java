package dev.canopy.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.media.MediaLibrary.StoredImage;
import dev.canopy.media.storage.EmbeddedS3;
import dev.canopy.platform.errors.Unavailable;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StorageOutageTest {

    private static final String STORAGE_CHECK = "checks.find { it.name == 'Object storage' }.status";

    @Inject
    MediaLibrary media;
    @Inject
    Workshops workshops;
    @Inject
    Bucket bucket;

    Workshop workshop;
    boolean stopped;

    @BeforeEach
    void workshop() {
        workshop = workshops.enterNew();
    }

    @AfterEach
    void storageBack() throws Exception {
        if (stopped) {
            EmbeddedS3.restart();
        }
    }

    @Test
    void whileStorageIsDownUploadsAnswer503AndNothingIsHalfWritten() throws Exception {
        StoredImage before = store();
        int objects = bucket.count();
        given().get("/q/health/ready").then().statusCode(200).body(STORAGE_CHECK, equalTo("UP"));

        EmbeddedS3.stop();
        stopped = true;

        assertEquals(503, assertThrows(Unavailable.class, this::store).status());
        given().get(before.url()).then().statusCode(503).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(503).body(STORAGE_CHECK, equalTo("DOWN"));

        EmbeddedS3.restart();
        stopped = false;

        given().get("/q/health/ready").then().statusCode(200).body(STORAGE_CHECK, equalTo("UP"));
        assertEquals(objects, bucket.count());
        assertEquals(1, workshops.imageRows());
        given().get(before.url()).then().statusCode(200);
        store();
        assertEquals(objects + 2, bucket.count());
    }

    private StoredImage store() {
        return media.store(workshop.memberId(), Pictures.stream(Pictures.jpeg(320, 240)), null);
    }
}
