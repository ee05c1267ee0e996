package dev.canopy.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.ABrand;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The brand home's hero picture: uploaded by a manager through the media intake, shown sized and first. */
@QuarkusTest
class HeroPictureTest {

    private static final String HERO = "/api/v1/consortia/{c}/hero";

    @Test
    void managersPictureIsShownAtTheTopOfTheHomeWithItsSize() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String url = upload(manager, c, Pictures.jpeg(1200, 500)).then().statusCode(201)
                .body("width", equalTo(1200)).body("height", equalTo(500)).body("alt", equalTo("Looms in Khorog"))
                .extract().path("url");

        given().get(url).then().statusCode(200).contentType("image/jpeg");
        given().get("/api/v1/store/{c}", c).then().statusCode(200).body("hero.url", equalTo(url));
        given().get("/shop/{c}/", c).then().statusCode(200).body(containsString("<img class=\"hero-picture\" src=\""
                + url + "\" alt=\"Looms in Khorog\" width=\"1200\" height=\"500\" loading=\"eager\" fetchpriority=\"high\">"));
    }

    @Test
    void aReplacedOrRemovedPictureIsNoLongerServed() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String first = upload(manager, c, Pictures.jpeg(800, 400)).then().statusCode(201).extract().path("url");
        String second = upload(manager, c, Pictures.jpeg(900, 400)).then().statusCode(201).extract().path("url");
        given().get(first).then().statusCode(404);

        given().auth().oauth2(Tokens.person(manager)).delete(HERO, c).then().statusCode(204);
        given().get(second).then().statusCode(404);
        given().get("/api/v1/store/{c}", c).then().statusCode(200).body("hero", nullValue());
    }

    @Test
    void somethingThatIsNotAPictureIsRefusedAsUnsupported() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        given().auth().oauth2(Tokens.person(manager)).multiPart("file", "hero.jpg", "not a picture".getBytes(),
                "image/jpeg").post(HERO, c).then().statusCode(415);
        given().auth().oauth2(Tokens.person(manager)).multiPart("alt", "no file").post(HERO, c)
                .then().statusCode(400).body("violations.field", org.hamcrest.Matchers.contains("file"));
    }

    @Test
    void onlyTheBrandsManagersMayUploadIt() {
        ABrand brand = ABrand.withAWorkshop();

        uploadAs(brand.artisanToken(), brand.consortium(), Pictures.jpeg(800, 400)).then().statusCode(403);
        uploadAs(ABrand.strangerToken(), brand.consortium(), Pictures.jpeg(800, 400)).then().statusCode(404);
        given().get("/api/v1/store/{c}", brand.consortium()).then().statusCode(200).body("hero", nullValue());
    }

    private static Response upload(String manager, String c, byte[] picture) {
        return uploadAs(Tokens.person(manager), c, picture);
    }

    private static Response uploadAs(String token, String c, byte[] picture) {
        return given().auth().oauth2(token).multiPart("file", "hero.jpg", picture, "image/jpeg")
                .multiPart("alt", "Looms in Khorog").post(HERO, c);
    }
}
