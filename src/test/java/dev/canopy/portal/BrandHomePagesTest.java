package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.media.Pictures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The manager's forms for the brand's home: stories per language, the hero picture, the home's picks. */
@QuarkusTest
class BrandHomePagesTest extends WorkshopPortalTest {

    @Override
    String signedIn() {
        return manager;
    }

    @Test
    void theBrandStoryIsWrittenInOneBoxPerLanguage() {
        session.get("/portal/consortia/{c}?lang=en", consortium).then().statusCode(200)
                .body(containsString("name=\"story.en\" lang=\"en\"")).body(containsString("name=\"story.ru\" lang=\"ru\""));
        session.post("/portal/consortia/{c}/brand/story", Map.of("story.en", "Woven in the Pamirs", "story.ru", ""),
                consortium).then().statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}", consortium).then().statusCode(200)
                .body("story.en", equalTo("Woven in the Pamirs")).body("story.ru", nullValue());
    }

    @Test
    void theWorkshopStoryIsWrittenOnItsPage() {
        session.post("/portal/consortia/{c}/brand/members/{m}/story", Map.of("story.ru", "Шёлк на хлопке"),
                consortium, member).then().statusCode(303);
        session.get("/portal/consortia/{c}/members/{m}?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("name=\"story.ru\" lang=\"ru\" rows=\"3\" maxlength=\"5000\">Шёлк на хлопке</textarea>"));
    }

    @Test
    void theHeroPictureIsUploadedFromTheConsortiumPage() {
        session.uploadAs("file", "/portal/consortia/{c}/brand/hero", "hero.jpg", Pictures.jpeg(1200, 500), "image/jpeg",
                consortium).then().statusCode(303);
        given().get("/api/v1/store/{c}", consortium).then().statusCode(200).body("hero.url", notNullValue())
                .body("hero.width", equalTo(1200));
    }

    @Test
    void aPublishedProductIsFeaturedAndTakenOffFromItsWorkshopsList() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 900));
        String list = "/portal/consortia/{c}/members/{m}/products";
        session.get(list + "?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("Feature on the home page"));

        session.post("/portal/consortia/{c}/brand/featured/{id}", Map.of("featured", "true", "member", member),
                consortium, id).then().statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/featured", consortium).then()
                .body("products", contains(id));
        session.get(list + "?lang=en", consortium, member).then().body(containsString("Take off the home page"));

        session.post("/portal/consortia/{c}/brand/featured/{id}", Map.of("featured", "false", "member", member),
                consortium, id).then().statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/featured", consortium).then()
                .body("products.size()", equalTo(0));
    }
}
