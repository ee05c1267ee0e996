package dev.canopy.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.media.storage.StorageOutage;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Storage down, hung or refusing: its own work answers 503 at once, the rest of the shop stays ready. */
@QuarkusTest
class StorageOutageTest {

    private static final String IMAGES = "/api/v1/consortia/{c}/members/{m}/products/{id}/images";
    private static final String STORAGE_CHECK = "checks.find { it.name == 'Object storage' }.status";

    String manager;
    String shop;
    String member;
    String draft;
    String imageUrl;

    @BeforeEach
    void aPublishedPhotoAndADraft() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        member = Fixtures.member(shop, manager);
        imageUrl = "/media/" + shop + "/" + Products.publishedPhoto(shop, member, manager) + "/display.jpg";
        draft = Products.draft(shop, member, Tokens.person(manager), Products.carpet("Kilim", "Килим", 1000));
    }

    @Test
    void aStorageThatAcceptsAndNeverAnswersMakesUploadsAndImagesAnswer503WhileTheShopStaysReady() throws Exception {
        try (StorageOutage hung = StorageOutage.hanging()) {
            onlyStorageWorkIsUnavailable();
        }
        everythingWorksAgain();
    }

    @Test
    void aStorageThatRefusesConnectionsMakesUploadsAndImagesAnswer503WhileTheShopStaysReady() throws Exception {
        try (StorageOutage refusing = StorageOutage.refusing()) {
            onlyStorageWorkIsUnavailable();
        }
        everythingWorksAgain();
    }

    @Test
    void theFirstUploadAfterStorageRestartedSucceedsAlthoughItsKeptAliveConnectionWasClosed() throws Exception {
        // the photo of the set-up left a connection kept alive; the restart closes it unseen
        StorageOutage.refusing().close();
        upload().then().statusCode(201);
        draftImages().body("images", hasSize(1));
    }

    private void onlyStorageWorkIsUnavailable() {
        // first, as the health check may meet a pooled connection the stopped server closed and fail at once
        given().get("/q/health/group/storage").then().statusCode(503).body(STORAGE_CHECK, equalTo("DOWN"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        upload().then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30").body("status", equalTo(503));
        given().get(imageUrl).then().statusCode(503).contentType("application/problem+json");
        given().get("/api/v1/store/{c}/products", shop).then().statusCode(200).body("total", equalTo(1));
        draftImages().body("images", hasSize(0));
    }

    private void everythingWorksAgain() {
        given().get("/q/health/group/storage").then().statusCode(200).body(STORAGE_CHECK, equalTo("UP"));
        given().get(imageUrl).then().statusCode(200).contentType("image/jpeg");
        upload().then().statusCode(201);
        draftImages().body("images", hasSize(1));
    }

    private Response upload() {
        return given().auth().oauth2(Tokens.person(manager))
                .multiPart("file", "b.jpg", Pictures.jpeg(400, 300), "image/jpeg").post(IMAGES, shop, member, draft);
    }

    private ValidatableResponse draftImages() {
        return given().auth().oauth2(Tokens.person(manager))
                .get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, draft).then().statusCode(200);
    }
}
