package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
                .body(containsString(
                        "name=\"photos\" multiple accept=\"image/jpeg,image/png,image/webp,image/heic,image/heif\""))
                .body(not(containsString("capture=")));

        session.upload(PHOTOS, "IMG_0001.jpg", Pictures.jpeg(1200, 900), "image/jpeg", consortium, member, id).then()
                .statusCode(303).header("Location", endsWith("?photo=added#photos"));

        String image = images(id).extract().path("images[0].id");
        session.get(EDITOR + "?photo=added&lang=en", consortium, member, id).then()
                .body(containsString("Photos added."))
                .body(containsString("src=\"/portal/consortia/" + consortium + "/media/" + image + "/thumb.jpg\""));
        session.get("/portal/consortia/{c}/media/{image}/thumb.jpg", consortium, image).then().statusCode(200)
                .contentType("image/jpeg").header("Cache-Control", startsWith("private"));
        given().get("/media/{c}/{image}/thumb.jpg", consortium, image).then().statusCode(404);
        session.post(PHOTOS + "/{image}/remove", Map.of(), consortium, member, id, image).then()
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
        session.request().multiPart("photos", "x.jpg", Pictures.jpeg(100, 100), "image/jpeg")
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

    @Test
    void threePhotosSentInOneFormAreAddedInTheOrderChosen() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Kilim", "Килим", 900));

        Map<String, byte[]> chosen = new LinkedHashMap<>();
        chosen.put("wide.jpg", Pictures.jpeg(400, 200));
        chosen.put("tall.jpg", Pictures.jpeg(200, 400));
        chosen.put("square.jpg", Pictures.jpeg(300, 300));
        session.upload(PHOTOS, chosen, consortium, member, id).then().statusCode(303)
                .header("Location", endsWith("?photo=added#photos"));

        List<String> ids = images(id).extract().path("images.id");
        assertEquals(List.of("400x200", "200x400", "300x300"), ids.stream().map(this::shape).toList());
    }

    @Test
    void withoutJavaScriptAPhotoMovesEarlierAndAnotherBecomesTheMainOne() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Kilim", "Килим", 900));
        List<String> sent = photos(id, 3);
        String first = sent.get(0);
        String second = sent.get(1);
        String third = sent.get(2);
        session.get(EDITOR + "?lang=en", consortium, member, id).then()
                .body(containsString("Main photo"))
                .body(containsString("Move earlier<span class=\"visually-hidden\"> photo 3</span>"))
                .body(not(containsString(first + "/main")));

        session.post(PHOTOS + "/{image}/earlier", Map.of(), consortium, member, id, third).then().statusCode(303)
                .header("Location", endsWith("?photo=moved#photos"));
        images(id).body("images.id", equalTo(List.of(first, third, second)));
        session.post(PHOTOS + "/{image}/main", Map.of(), consortium, member, id, second).then().statusCode(303);
        images(id).body("images.id", equalTo(List.of(second, first, third)));
        session.get(EDITOR + "?photo=moved&lang=en", consortium, member, id).then()
                .body(containsString("Photo order saved."));
    }

    @Test
    void movingAPhotoNeedsTheFormTokenAndAPhotoOfThisProduct() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Kilim", "Килим", 900));
        List<String> sent = photos(id, 2);
        String elsewhere = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Rug", "Ковёр", 900));

        session.request().contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post(PHOTOS + "/{image}/main", consortium, member, id, sent.get(1)).then().statusCode(403);
        session.post(PHOTOS + "/{image}/main", Map.of(), consortium, member, elsewhere, sent.get(1)).then()
                .statusCode(404);
        images(id).body("images.id", equalTo(sent));
    }

    @Test
    void anIphoneHeicPhotoIsRefusedWithTheSettingThatFixesIt() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Kilim", "Килим", 900));

        session.upload(PHOTOS, "IMG_0003.HEIC", Pictures.heic(), "image/heic", consortium, member, id).then()
                .statusCode(303).header("Location", endsWith("?photo=heic#photos"));
        session.get(EDITOR + "?photo=heic&lang=en", consortium, member, id).then()
                .body(containsString("iPhone photo in HEIC format"))
                .body(containsString("Settings → Camera → Formats → Most Compatible"));
        given().auth().oauth2(Tokens.person(artisan)).multiPart("file", "IMG_0003.HEIC", Pictures.heic(), "image/heic")
                .post("/api/v1/consortia/{c}/members/{m}/products/{id}/images", consortium, member, id).then()
                .statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("Most Compatible"));
        images(id).body("images", hasSize(0));
    }

    @Test
    void aNewProductSentWithAHeicPhotoIsSavedAndTheEditorSaysHowToSendThePhoto() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title.en", "Kilim");
        fields.put("variant.0.sku", Fixtures.unique("KILIM"));
        fields.put("variant.0.price", "90");
        fields.put("variant.0.stock", "1");

        String location = session.multipart("/portal/consortia/{c}/members/{m}/products", fields,
                Map.of("IMG_0004.HEIC", Pictures.heic()), consortium, member).then().statusCode(303)
                .header("Location", endsWith("?saved=1&photo=heic#photos")).extract().header("Location");

        String id = location.replaceFirst(".*/products/([^?]+)\\?.*", "$1");
        images(id).body("images", hasSize(0)).body("title.en", equalTo("Kilim"));
        session.get(location.replace("#photos", "") + "&lang=en").then().statusCode(200)
                .body(containsString("Saved."))
                .body(containsString("Most Compatible"));
    }

    /** Photos added through the API one by one; their ids in the order sent. */
    private List<String> photos(String product, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> Products.photo(consortium, member, Tokens.person(artisan), product)).toList();
    }

    /** The display rendition's size, which keeps the sent photo's shape. */
    private String shape(String image) {
        byte[] display = session.get("/portal/consortia/{c}/media/{image}/display.jpg", consortium, image).then()
                .statusCode(200).extract().asByteArray();
        BufferedImage picture = Pictures.decode(display);
        return picture.getWidth() + "x" + picture.getHeight();
    }

    private io.restassured.response.ValidatableResponse images(String id) {
        return as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().statusCode(200);
    }
}
