package dev.canopy.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.media.MediaLibrary.StoredImage;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MediaServingTest {

    private static final String FOREVER = "public, max-age=31536000, immutable";

    @Inject
    MediaLibrary media;
    @Inject
    Workshops workshops;

    Workshop workshop;
    StoredImage image;

    @BeforeEach
    void image() {
        workshop = workshops.enterNew();
        image = media.store(workshop.memberId(), Pictures.stream(Pictures.png(900, 600)), "Embroidered cushion");
    }

    @Test
    void bothSizesAreServedWithLongLivedCacheHeadersAndAnEtag() {
        for (String url : new String[] { image.url(), image.thumbnailUrl() }) {
            given().get(url).then().statusCode(200)
                    .contentType("image/jpeg")
                    .header("Cache-Control", FOREVER)
                    .header("ETag", notNullValue())
                    .header("Content-Length", not(equalTo("0")));
        }
    }

    @Test
    void aKnownEtagIsAnsweredWithNotModified() {
        String etag = given().get(image.url()).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(image.url()).then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", FOREVER)
                .body(emptyString());
        given().header("If-None-Match", "\"something-else\"").get(image.url()).then().statusCode(200);
    }

    @Test
    void unknownImagesAreNotFound() {
        given().get("/media/{c}/{id}/display.jpg", workshop.slug(), UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/media/{c}/{id}/display.jpg", workshop.slug(), "not-an-id").then().statusCode(404);
        given().get("/media/{c}/{id}/original.png", workshop.slug(), image.id()).then().statusCode(404);
        given().get("/media/{c}/{id}/display.jpg", "no-such-brand", image.id()).then().statusCode(404);
    }

    @Test
    void anImageIsNotServedUnderAnotherConsortium() {
        Workshop other = workshops.enterNew();
        given().get("/media/{c}/{id}/display.jpg", other.slug(), image.id()).then().statusCode(404);
        given().get("/media/{c}/{id}/thumb.jpg", other.slug(), image.id()).then().statusCode(404);
    }

    @Test
    void thePlaceholderIsThereForPagesWhenStorageIsDown() {
        given().get("/static/placeholder.svg").then().statusCode(200).contentType("image/svg+xml");
    }
}
