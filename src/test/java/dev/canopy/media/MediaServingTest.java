package dev.canopy.media;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MediaServingTest {

    private static final String FOREVER = "public, max-age=31536000, immutable";

    String manager;
    String shop;
    String member;
    String image;

    @BeforeEach
    void aPublishedPhoto() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        member = Fixtures.member(shop, manager);
        image = Products.publishedPhoto(shop, member, manager);
    }

    @Test
    void bothSizesAreServedWithLongLivedCacheHeadersAndAnEtag() {
        for (String file : new String[] { "display.jpg", "thumb.jpg" }) {
            given().get("/media/{c}/{id}/{file}", shop, image, file).then().statusCode(200)
                    .contentType("image/jpeg")
                    .header("Cache-Control", FOREVER)
                    .header("ETag", notNullValue())
                    .header("Content-Length", not(equalTo("0")));
        }
    }

    @Test
    void aKnownEtagIsAnsweredWithNotModified() {
        String url = "/media/" + shop + "/" + image + "/display.jpg";
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", FOREVER)
                .body(emptyString());
        given().header("If-None-Match", "\"something-else\"").get(url).then().statusCode(200);
    }

    @Test
    void anUnpublishedProductsImageIsNotFoundForShoppers() {
        String draft = Products.draft(shop, member, Tokens.person(manager), Products.carpet("Draft", "Черновик", 100));
        String unpublished = Products.photo(shop, member, Tokens.person(manager), draft);

        given().get("/media/{c}/{id}/display.jpg", shop, unpublished).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/media/{c}/{id}/thumb.jpg", shop, unpublished).then().statusCode(404);
    }

    @Test
    void aSuspendedMembersImagesAreNotFoundForShoppers() {
        as(Tokens.person(manager)).body(Map.of("status", "suspended"))
                .patch("/api/v1/consortia/{c}/members/{m}", shop, member).then().statusCode(200);

        given().get("/media/{c}/{id}/display.jpg", shop, image).then().statusCode(404);
    }

    @Test
    void unknownImagesAreNotFound() {
        given().get("/media/{c}/{id}/display.jpg", shop, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/media/{c}/{id}/display.jpg", shop, "not-an-id").then().statusCode(404);
        given().get("/media/{c}/{id}/original.png", shop, image).then().statusCode(404);
        given().get("/media/{c}/{id}/display.jpg", "no-such-brand", image).then().statusCode(404);
    }

    @Test
    void anImageIsNotServedUnderAnotherConsortium() {
        String other = Fixtures.consortium(manager);
        given().get("/media/{c}/{id}/display.jpg", other, image).then().statusCode(404);
        given().get("/media/{c}/{id}/thumb.jpg", other, image).then().statusCode(404);
    }

    @Test
    void thePlaceholderIsThereForPagesWhenStorageIsDown() {
        given().get("/static/placeholder.svg").then().statusCode(200).contentType("image/svg+xml");
    }
}
