package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.media.Pictures;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProductImageTest {

    private static final String IMAGES = "/api/v1/consortia/{c}/members/{m}/products/{id}/images";

    String manager;
    String artisan;
    String shop;
    String member;

    @BeforeEach
    void workshopWithAnArtisan() {
        manager = Fixtures.email("manager");
        artisan = Fixtures.email("artisan");
        shop = Fixtures.consortium(manager);
        member = Fixtures.member(shop, manager);
        Fixtures.artisan(shop, member, manager, artisan);
    }

    @Test
    void aPhotoUploadedToAPublishedProductShowsAfterTheNextApproval() {
        String id = Products.published(shop, member, manager, Products.carpet("Kilim", "Килим", 1000));
        String image = given().auth().oauth2(Tokens.person(artisan))
                .multiPart("file", "carpet.jpg", Pictures.jpeg(1200, 900), "image/jpeg")
                .multiPart("alt", "Red kilim on the loom")
                .post(IMAGES, shop, member, id).then().statusCode(201)
                .body("url", startsWith("/media/" + shop + "/"))
                .extract().path("id");
        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, id).then()
                .body("status", equalTo("pending_review")).body("images.id", hasSize(1));
        given().get("/api/v1/store/{c}/products/{id}", shop, id).then().body("images", hasSize(0));
        given().get("/media/{c}/{i}/display.jpg", shop, image).then().statusCode(404);

        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", shop, id).then().statusCode(200);
        String url = given().get("/api/v1/store/{c}/products/{id}", shop, id).then()
                .body("images[0].alt", equalTo("Red kilim on the loom"))
                .body("images[0].thumbnailUrl", equalTo("/media/" + shop + "/" + image + "/thumb.jpg"))
                .extract().path("images[0].url");
        given().get(url).then().statusCode(200).contentType("image/jpeg");
    }

    @Test
    void htmlRenamedToPngAndTraversingFileNamesChangeNothing() {
        String id = Products.draft(shop, member, Tokens.person(artisan), Products.carpet("Rug", "Ковёр", 100));
        given().auth().oauth2(Tokens.person(artisan))
                .multiPart("file", "photo.png", Pictures.text("<html><script>alert(1)</script></html>"), "image/png")
                .post(IMAGES, shop, member, id).then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(Tokens.person(artisan))
                .multiPart("file", "../../etc/passwd.jpg", Pictures.jpeg(300, 200), "image/jpeg")
                .post(IMAGES, shop, member, id).then().statusCode(201)
                .body("url", startsWith("/media/" + shop + "/"));
        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, id).then()
                .body("images", hasSize(1));
    }

    @Test
    void anotherMembersArtisanCannotUploadOrDelete() {
        String other = Fixtures.member(shop, manager);
        String id = Products.draft(shop, other, Tokens.person(manager), Products.carpet("Theirs", "Их", 100));
        given().auth().oauth2(Tokens.person(artisan)).multiPart("file", "x.jpg", Pictures.jpeg(100, 100), "image/jpeg")
                .post(IMAGES, shop, other, id).then().statusCode(404);
        String image = given().auth().oauth2(Tokens.person(manager))
                .multiPart("file", "x.jpg", Pictures.jpeg(100, 100), "image/jpeg")
                .post(IMAGES, shop, other, id).then().statusCode(201).extract().path("id");
        as(Tokens.person(artisan)).delete(IMAGES + "/{imageId}", shop, other, id, image).then().statusCode(404);
        as(Tokens.person(manager)).delete(IMAGES + "/{imageId}", shop, other, id, image).then().statusCode(204);
        given().get("/media/{c}/{i}/display.jpg", shop, image).then().statusCode(404);
    }
}
