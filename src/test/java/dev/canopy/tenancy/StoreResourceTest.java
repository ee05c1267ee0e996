package dev.canopy.tenancy;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StoreResourceTest {

    @Test
    void anyoneReadsTheStorefrontFactsWithoutAToken() {
        String consortium = Fixtures.consortium(Fixtures.email("manager"));
        given().get("/api/v1/store/{c}", consortium).then().statusCode(200)
                .body("slug", equalTo(consortium))
                .body("currencies", contains("EUR", "USD"))
                .body("languages", contains("en", "ru"))
                .body("$", not(hasKey("commissionRate")));
    }

    @Test
    void publicProfilesListOnlyActiveWorkshopsWithoutContactDetails() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        String active = Fixtures.member(consortium, manager);
        as(Tokens.person(manager)).body(Map.of("slug", "invited-one", "name", "Invited", "country", "TJ",
                "status", "invited", "contactEmail", "hidden@example.test"))
                .post("/api/v1/consortia/{c}/members", consortium).then().statusCode(201);
        given().get("/api/v1/store/{c}/members", consortium).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.slug", contains(active))
                .body("items[0]", not(hasKey("contactEmail")))
                .body("items[0]", not(hasKey("status")));
    }

    @Test
    void publicProfilesComeInPagesWithTheTotal() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        for (int i = 0; i < 3; i++) {
            Fixtures.member(consortium, manager);
        }
        given().get("/api/v1/store/{c}/members?size=2", consortium).then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(2));
        given().get("/api/v1/store/{c}/members?size=2&page=1", consortium).then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(1));
    }

    @Test
    void unknownStoreIsNotFound() {
        given().get("/api/v1/store/{c}", "nobody-here").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
