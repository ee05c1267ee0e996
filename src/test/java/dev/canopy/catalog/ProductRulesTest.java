package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProductRulesTest {

    String manager;
    String consortium;
    String member;

    @BeforeEach
    void brandWithAWorkshop() {
        manager = Fixtures.email("manager");
        consortium = Fixtures.consortium(manager);
        member = Fixtures.member(consortium, manager);
    }

    @Test
    void invalidCustomsFactsAndVariantsAreNamedField() {
        Map<String, Object> body = Products.carpet("Rug", "Ковёр", 100);
        body.put("hsCode", "57A1");
        body.put("originCountry", "Tajikistan");
        body.put("weightGrams", 0);
        body.put("variants", List.of(Map.of("sku", "bad sku!", "price", Map.of("amount", -5, "currency", "EUR"),
                "stock", -1)));
        as(Tokens.person(manager)).body(body).post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("hsCode", "originCountry", "weightGrams", "variants[0].sku",
                        "variants[0].price.amount", "variants[0].stock"));
    }

    @Test
    void textsInALanguageTheConsortiumDoesNotWriteAreRefused() {
        Map<String, Object> body = Products.carpet("Rug", "Ковёр", 100);
        body.put("title", Map.of("en", "Rug", "fr", "Tapis"));
        as(Tokens.person(manager)).body(body).post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(400).body("violations[0].field", equalTo("title.fr"));
    }

    @Test
    void pricesMustBeInTheBaseCurrency() {
        Map<String, Object> body = Products.carpet("Rug", "Ковёр", 100);
        body.put("variants", List.of(Map.of("sku", Fixtures.unique("S"), "price", Map.of("amount", 100, "currency", "USD"),
                "stock", 1)));
        as(Tokens.person(manager)).body(body).post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(400).body("violations[0].field", equalTo("variants[0].price.currency"));
    }

    @Test
    void pricesAboveAMillionAndRatesFromTenMillionAreRefusedAndTheDearestPieceStillListsConverted() {
        Map<String, Object> tooDear = Products.carpet("Rug", "Ковёр", 100_000_001);
        as(Tokens.person(manager)).body(tooDear).post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(400).body("violations[0].field", equalTo("variants[0].price"));
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "10000000")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(400)
                .body("violations[0].field", equalTo("rates.USD"));

        String dearest = Products.published(consortium, member, manager, Products.carpet("Palace carpet", "Ковёр",
                100_000_000));
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "9999999.9999999999")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(200);
        given().get("/api/v1/store/{c}/products?currency=USD", consortium).then().statusCode(200)
                .body("items[0].id", equalTo(dearest));
        String cart = Shopping.cart(consortium, "USD");
        Shopping.add(consortium, cart, Shopping.variantOf(consortium, dearest), 1);
        given().get("/api/v1/store/{c}/carts/{id}", consortium, cart).then().statusCode(200)
                .body("itemsTotal.amount", equalTo(1_000_000_000_000_000L));
    }

    @Test
    void aSkuIsUniqueWithinTheConsortium() {
        Map<String, Object> first = Products.carpet("One", "Один", 100);
        Products.draft(consortium, member, Tokens.person(manager), first);
        Map<String, Object> second = Products.carpet("Two", "Два", 100);
        second.put("variants", first.get("variants"));
        as(Tokens.person(manager)).body(second).post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(409);
    }

    @Test
    void anUnknownCategoryIsInvalidAndAKnownOneIsKept() {
        as(Tokens.person(manager)).body(Map.of("slug", "home-textiles", "name", Map.of("en", "Home textiles")))
                .post("/api/v1/consortia/{c}/categories", consortium).then().statusCode(201);
        Map<String, Object> body = Products.carpet("Rug", "Ковёр", 100);
        body.put("category", "nowhere");
        as(Tokens.person(manager)).body(body).post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(400).body("violations[0].field", equalTo("category"));
        body.put("category", "home-textiles");
        as(Tokens.person(manager)).body(body).post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(201).body("category", equalTo("home-textiles"));
    }

    @Test
    void anArtisanSeesOnlyTheirOwnMembersProducts() {
        String artisan = Fixtures.email("artisan");
        String other = Fixtures.member(consortium, manager);
        Fixtures.artisan(consortium, member, manager, artisan);
        String theirs = Products.draft(consortium, other, Tokens.person(manager), Products.carpet("Theirs", "Их", 100));
        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products", consortium, other)
                .then().statusCode(404);
        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, theirs)
                .then().statusCode(404);
    }

    @Test
    void exchangeRatesOnlyForOfferedCurrenciesAndOnlyByManagers() {
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("JPY", "160")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(400)
                .body("violations[0].field", equalTo("rates.JPY"));
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "-1")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(400);
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(consortium, member, manager, artisan);
        as(Tokens.person(artisan)).body(Map.of("rates", Map.of("USD", "1.08")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(403);
    }
}
