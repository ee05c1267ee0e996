package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.InTenant;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Public answers are cached, validated by ETag, and dropped exactly when the shop changes. */
@QuarkusTest
class CachedCatalogTest {

    @Inject
    EntityManager em;

    String manager;
    String consortium;
    String member;
    String product;

    @BeforeEach
    void brandWithAProduct() {
        manager = Fixtures.email("manager");
        consortium = Fixtures.consortium(manager);
        member = Fixtures.member(consortium, manager);
        product = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 1000));
    }

    @Test
    void aChangeWrittenStraightIntoTheDatabaseReachesCachedAnswersWithinASecond() {
        given().get("/api/v1/store/{c}/products", consortium).then().body("items[0].variants[0].price.amount", equalTo(1000));
        given().get("/shop/{c}/products/{id}", consortium, product).then().statusCode(200);
        // as another replica's write would: no request of this app is involved
        InTenant.run(Fixtures.consortiumId(consortium), () -> em.createNativeQuery(
                "update variant set price_amount = 4321 where product_id = :p").setParameter("p", UUID.fromString(product))
                .executeUpdate());
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> given().get("/api/v1/store/{c}/products", consortium)
                .then().body("items[0].variants[0].price.amount", equalTo(4321)));
        given().get("/shop/{c}/products/{id}", consortium, product).then().body(containsString("43.21"));
    }

    @Test
    void aRepeatedRequestWithTheSameVersionGets304AndAChangeGivesANewVersion() {
        String tag = given().get("/api/v1/store/{c}/products/{id}", consortium, product).then().statusCode(200)
                .header("Cache-Control", containsString("public")).header("Cache-Control", containsString("max-age="))
                .header("Cache-Control", containsString("stale-while-revalidate=")).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .statusCode(304).header("ETag", tag);
        as(Tokens.person(manager)).body(Map.of("status", "suspended"))
                .patch("/api/v1/consortia/{c}/members/{m}", consortium, member).then().statusCode(200);
        given().header("If-None-Match", tag).get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .statusCode(404);
        as(Tokens.person(manager)).body(Map.of("status", "active"))
                .patch("/api/v1/consortia/{c}/members/{m}", consortium, member).then().statusCode(200);
        given().header("If-None-Match", tag).get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .statusCode(304);
        as(Tokens.person(manager)).body(Map.of("name", "Renamed Looms"))
                .patch("/api/v1/consortia/{c}/members/{m}", consortium, member).then().statusCode(200);
        given().header("If-None-Match", tag).get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .statusCode(200).header("ETag", not(equalTo(tag))).body("member.name", equalTo("Renamed Looms"));
    }

    @Test
    void aNewRateRepricesCachedAnswersInThatCurrency() {
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "2")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(200);
        given().queryParam("currency", "USD").get("/api/v1/store/{c}/products", consortium).then()
                .body("items[0].variants[0].price.amount", equalTo(2000));
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "3")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(200);
        given().queryParam("currency", "USD").get("/api/v1/store/{c}/products", consortium).then()
                .body("items[0].variants[0].price.amount", equalTo(3000));
    }
}
