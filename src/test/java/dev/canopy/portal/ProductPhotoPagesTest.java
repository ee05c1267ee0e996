package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.canopy.media.Pictures;
import dev.canopy.media.storage.StorageOutage;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Photos sent from the product editor's form: a session, a form token, and the media service's checks. */
@QuarkusTest
class ProductPhotoPagesTest extends WorkshopPortalTest {

    private static final String PHOTOS = "/portal/consortia/{c}/members/{m}/products/{id}/photos";
    private static final String EDITOR = "/portal/consortia/{c}/members/{m}/products/{id}";

    @Override
    String signedIn() {
        return artisan;
    }

    @Test
    void aJpegFromThePhoneIsAddedAndCanBeRemoved() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Kilim", "Килим", 900));
        session.get(EDITOR + "?lang=en", consortium, member, id).then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("accept=\"image/*\" capture=\"environment\""));

        session.upload(PHOTOS, "IMG_0001.jpg", Pictures.jpeg(1200, 900), "image/jpeg", consortium, member, id).then()
                .statusCode(303).header("Location", endsWith("?photo=added#photos"));

        String image = images(id).extract().path("images[0].id");
        session.get(EDITOR + "?photo=added&lang=en", consortium, member, id).then()
                .body(containsString("Photo added."))
                .body(containsString("src=\"/portal/consortia/" + consortium + "/media/" + image + "/thumb.jpg\""));
        session.get("/portal/consortia/{c}/media/{image}/thumb.jpg", consortium, image).then().statusCode(200)
                .contentType("image/jpeg").header("Cache-Control", startsWith("private"));
        given().get("/media/{c}/{image}/thumb.jpg", consortium, image).then().statusCode(404);
        session.post(PHOTOS + "/{image}/remove", java.util.Map.of(), consortium, member, id, image).then()
                .statusCode(303).header("Location", endsWith("?photo=removed#photos"));
        images(id).body("images", hasSize(0));
    }

    @Test
    void htmlNamedPngIsRefusedWithAMessageAndAFormWithoutItsTokenIsForbidden() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Kilim", "Килим", 900));

        session.upload(PHOTOS, "photo.png", Pictures.text("<html><script>alert(1)</script></html>"), "image/png",
                consortium, member, id).then().statusCode(303).header("Location", endsWith("?photo=type#photos"));
        session.get(EDITOR + "?photo=type&lang=en", consortium, member, id).then()
                .body(containsString("That file is not a photo Canopy can take."));
        session.request().multiPart("file", "x.jpg", Pictures.jpeg(100, 100), "image/jpeg")
                .post(PHOTOS, consortium, member, id).then().statusCode(403);
        images(id).body("images", hasSize(0));
    }

    @Test
    void whileStorageIsDownTheEditorSaysSoInsteadOfFailing() throws Exception {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Kilim", "Килим", 900));
        try (StorageOutage down = StorageOutage.refusing()) {
            session.upload(PHOTOS, "IMG_0002.jpg", Pictures.jpeg(400, 300), "image/jpeg", consortium, member, id)
                    .then().statusCode(303).header("Location", endsWith("?photo=unavailable#photos"));
            session.get(EDITOR + "?photo=unavailable&lang=en", consortium, member, id).then().statusCode(200)
                    .body(containsString("Photos cannot be stored just now."));
        }
        images(id).body("images", hasSize(0));
    }

    @Test
    void anotherWorkshopsPhotoIsNotShownToThisArtisan() {
        String other = Fixtures.member(consortium, manager);
        String theirs = Products.draft(consortium, other, Tokens.person(manager), Products.carpet("Rug", "Ковёр", 900));
        String image = Products.photo(consortium, other, Tokens.person(manager), theirs);
        session.get("/portal/consortia/{c}/media/{image}/thumb.jpg", consortium, image).then().statusCode(404);
    }

    @Test
    void anotherWorkshopsProductTakesNoPhotoFromThisArtisan() {
        String other = Fixtures.member(consortium, manager);
        String theirs = Products.draft(consortium, other, Tokens.person(manager), Products.carpet("Rug", "Ковёр", 900));
        session.upload(PHOTOS, "x.jpg", Pictures.jpeg(100, 100), "image/jpeg", consortium, other, theirs).then()
                .statusCode(404);
    }

    private io.restassured.response.ValidatableResponse images(String id) {
        return as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().statusCode(200);
    }
}
