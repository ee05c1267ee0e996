package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StorefrontPagesTest {

    @Test
    void homeShowsTheBrandAndOnlyActiveWorkshops() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        String active = Fixtures.member(consortium, manager);
        as(Tokens.person(manager))
                .body(Map.of("slug", "sleeping-loom", "name", "Sleeping Loom", "country", "TJ", "status", "suspended"))
                .post("/api/v1/consortia/{c}/members", consortium).then().statusCode(201);

        given().accept("text/html").get("/shop/{c}/", consortium).then().statusCode(200)
                .body(containsString("Brand " + consortium))
                .body(containsString("Workshop " + active))
                .body(not(containsString("Sleeping Loom")))
                .body(containsString("<style>:root{--brand:#"));
    }

    @Test
    void homeWithMoreWorkshopsThanAPageShowsAPagerAndEachPageIsItsOwnCanonical() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        for (int i = 0; i <= StorefrontPages.HOME_WORKSHOPS; i++) {
            Fixtures.member(consortium, manager);
        }

        String first = given().get("/shop/{c}/?lang=en", consortium).then().statusCode(200)
                .body(containsString("<a rel=\"next\" href=\"?page=1\">"))
                .body(not(containsString("rel=\"prev\""))).extract().asString();
        assertEquals(StorefrontPages.HOME_WORKSHOPS, first.split("<li class=\"card\">").length - 1);
        String second = given().get("/shop/{c}/?lang=ru&page=1", consortium).then().statusCode(200)
                .body(containsString("<a rel=\"prev\" href=\"?\">"))
                .body(not(containsString("rel=\"next\"")))
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/shop/" + consortium
                        + "/?page=1&amp;lang=ru\">"))
                .extract().asString();
        assertEquals(1, second.split("<li class=\"card\">").length - 1);
    }

    @Test
    void languageSwitchRendersRussianAndIsRemembered() {
        String consortium = Fixtures.consortium(Fixtures.email("manager"));
        String cookie = given().get("/shop/{c}/?lang=ru", consortium).then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("Наши мастерские"))
                .extract().cookie("lang");
        given().cookie("lang", cookie).get("/shop/{c}/", consortium).then()
                .body(containsString("Наши мастерские"));
        given().header("Accept-Language", "ru-RU,ru;q=0.9").get("/").then()
                .body(containsString("Витрины"));
    }

    @Test
    void customDomainServesTheConsortiumHomeAtItsRoot() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        String domain = consortium + ".brand.example";
        as(Tokens.person(manager)).body(Map.of("domains", List.of(domain)))
                .patch("/api/v1/consortia/{c}", consortium).then().statusCode(200);
        given().header("Host", domain).get("/").then().statusCode(200)
                .body(containsString("Brand " + consortium));
    }

    @Test
    void brandColourComesAsAStylesheet() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        as(Tokens.person(manager)).body(Map.of("primaryColor", "#7a2e1f"))
                .patch("/api/v1/consortia/{c}", consortium).then().statusCode(200);
        given().get("/shop/{c}/theme.css", consortium).then().statusCode(200)
                .contentType(containsString("text/css"))
                .body(containsString("--brand:#7a2e1f"));
    }

    @Test
    void unknownStorefrontIsAFriendlyNotFoundPage() {
        given().accept("text/html").get("/shop/{c}/", "no-such-brand").then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Something went wrong"));
    }
}
