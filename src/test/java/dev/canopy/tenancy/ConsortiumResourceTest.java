package dev.canopy.tenancy;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConsortiumResourceTest {

    @Test
    void operatorCreatesConsortiumWithItsFirstManager() {
        String slug = Fixtures.unique("zarbof");
        String manager = Fixtures.email("manager");
        as(Tokens.operator())
                .body(Map.of("slug", slug, "name", "Zarbof Home", "story", "Hand-woven in the Pamirs",
                        "primaryColor", "#7a2e1f", "baseCurrency", "EUR", "currencies", List.of("USD", "RUB"),
                        "languages", List.of("en", "ru", "tg"), "commissionRate", "0.12", "country", "TJ",
                        "managers", List.of(manager)))
                .when().post("/api/v1/consortia")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/consortia/" + slug))
                .body("slug", equalTo(slug))
                .body("currencies", contains("EUR", "USD", "RUB"))
                .body("commissionRate", equalTo(0.12f));

        as(Tokens.person(manager)).get("/api/v1/consortia/{c}", slug)
                .then().statusCode(200).body("name", equalTo("Zarbof Home"));
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/managers", slug)
                .then().statusCode(200).body("total", equalTo(1)).body("items.email", contains(manager));
    }

    @Test
    void managerChangesSettingsButNotTheSlugOrBaseCurrency() {
        String manager = Fixtures.email("manager");
        String slug = Fixtures.consortium(manager);
        as(Tokens.person(manager))
                .body(Map.of("name", "Renamed", "commissionRate", "0.2", "slug", "hijack", "baseCurrency", "USD",
                        "domains", List.of(slug + ".shop.example")))
                .patch("/api/v1/consortia/{c}", slug)
                .then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("slug", equalTo(slug))
                .body("baseCurrency", equalTo("EUR"))
                .body("domains", contains(slug + ".shop.example"));
    }

    @Test
    void listShowsOperatorEverythingAndManagersOnlyTheirOwn() {
        String managerA = Fixtures.email("manager");
        // Named to sort first: the operator's list is by name, and other tests make many consortia
        String a = Fixtures.consortium(managerA, Map.of("name", "000 " + Fixtures.unique("a")));
        String b = Fixtures.consortium(Fixtures.email("manager"), Map.of("name", "000 " + Fixtures.unique("b")));
        as(Tokens.operator()).queryParam("size", 100).get("/api/v1/consortia")
                .then().statusCode(200).body("items.slug", hasItems(a, b));
        as(Tokens.person(managerA)).get("/api/v1/consortia")
                .then().statusCode(200).body("total", equalTo(1)).body("items.slug", contains(a));
    }

    @Test
    void takenSlugIsAConflict() {
        String slug = Fixtures.consortium(Fixtures.email("manager"));
        as(Tokens.operator())
                .body(Map.of("slug", slug, "name", "Again", "baseCurrency", "EUR", "languages", List.of("en"),
                        "commissionRate", "0.1", "country", "AM"))
                .post("/api/v1/consortia")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidConsortiumNamesEveryBadField() {
        as(Tokens.operator())
                .body(Map.of("slug", "Bad Slug!", "name", "", "baseCurrency", "EURO", "languages", List.of("english"),
                        "commissionRate", "1.5", "country", "Tajikistan", "primaryColor", "red"))
                .post("/api/v1/consortia")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("violations.field", hasItems("slug", "name", "baseCurrency", "commissionRate", "country",
                        "primaryColor"))
                .body("detail", not(hasItem("Exception")));
    }

    @Test
    void noTokenIsUnauthorized() {
        given().get("/api/v1/consortia").then().statusCode(401);
    }

    @Test
    void onlyTheOperatorCreatesConsortia() {
        as(Tokens.person(Fixtures.email("someone")))
                .body(Map.of("slug", Fixtures.unique("x"), "name", "X", "baseCurrency", "EUR",
                        "languages", List.of("en"), "commissionRate", "0.1", "country", "AM"))
                .post("/api/v1/consortia")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
