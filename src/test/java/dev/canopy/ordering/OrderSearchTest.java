package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A manager finds orders by number, shopper, status, destination, workshop and days placed, the days
 * read in the consortium's time zone. Three orders: Claire's carpet to France (paid), Jonas' scarf to
 * Germany, Anna's carpet and scarf to Germany (both awaiting payment).
 */
@QuarkusTest
class OrderSearchTest {

    private static final String ORDERS = "/api/v1/consortia/{c}/orders";

    private static String manager;
    private static String shop;
    private static String weavers;
    private static String embroiderers;
    private static String claire;
    private static String jonas;
    private static String anna;

    @BeforeEach
    void placeOnce() {
        if (shop != null) {
            return;
        }
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        weavers = Fixtures.member(shop, manager);
        embroiderers = Fixtures.member(shop, manager);
        String carpet = Shopping.variantOf(shop, Products.published(shop, weavers, manager,
                Products.carpet("Kilim", "Килим", 24000)));
        String scarf = Shopping.variantOf(shop, Products.published(shop, embroiderers, manager,
                Products.carpet("Scarf", "Шарф", 4500)));
        claire = order("claire.martin@example.fr", "Claire Martin", "FR", carpet, null);
        as(Tokens.person(manager)).post(ORDERS + "/{n}/confirm-payment", shop, claire).then().statusCode(200);
        jonas = order("jonas@example.de", "Jonas Weber", "DE", scarf, null);
        anna = order("anna_k@example.de", "Anna Krüger", "DE", carpet, scarf);
    }

    @Test
    void aNumberANameOrAnEmailFindsTheOrder() {
        find(Map.of("q", claire.toLowerCase())).body("items.number", contains(claire));
        find(Map.of("q", "JONAS@example")).body("items.number", contains(jonas));
        find(Map.of("q", "krüger")).body("items.number", contains(anna));
        // A wildcard in the search is only itself: "_" matches Anna's address, not any character of Jonas'
        find(Map.of("q", "anna_")).body("items.number", contains(anna));
        find(Map.of("q", "j_nas")).body("total", equalTo(0));
        find(Map.of("q", "%")).body("total", equalTo(0));
        find(Map.of("q", "nobody")).body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void statusCountryAndWorkshopNarrowTheList() {
        find(Map.of()).body("items.number", contains(anna, jonas, claire)).body("total", equalTo(3));
        find(Map.of("status", "paid")).body("items.number", contains(claire));
        find(Map.of("country", "DE")).body("items.number", contains(anna, jonas));
        find(Map.of("member", weavers)).body("items.number", containsInAnyOrder(anna, claire));
        find(Map.of("country", "DE", "member", weavers, "status", "awaiting_payment"))
                .body("items.number", contains(anna));
        find(Map.of("size", "1", "page", "1")).body("items.number", contains(jonas)).body("total", equalTo(3));
    }

    @Test
    void daysPlacedAreTheConsortiumsDaysInItsTimeZone() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        find(Map.of("from", today, "to", today)).body("total", equalTo(3));
        find(Map.of("from", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString())).body("total", equalTo(0));
        try {
            // 14 hours ahead of UTC: the orders were placed on that zone's day, whatever UTC says
            zone("Pacific/Kiritimati");
            String there = LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString();
            find(Map.of("from", there, "to", there)).body("total", equalTo(3));
            String before = LocalDate.parse(there).minusDays(1).toString();
            find(Map.of("to", before)).body("total", equalTo(0));
        } finally {
            zone("UTC");
        }
    }

    @Test
    void aBadFilterIs400NamingItAndAnUnknownWorkshop404() {
        Map<String, Map<String, String>> bad = Map.of(
                "country", Map.of("country", "XX"),
                "status", Map.of("status", "lost"),
                "from", Map.of("from", "2026-02-30"),
                "to", Map.of("from", "2026-03-02", "to", "2026-03-01"));
        bad.forEach((field, params) -> as(Tokens.person(manager)).queryParams(params).get(ORDERS, shop).then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field)));
        as(Tokens.person(manager)).queryParam("member", "no-such-workshop").get(ORDERS, shop).then().statusCode(404);
        as(Tokens.person(manager)).contentType(ContentType.JSON).body(Map.of("timeZone", "Mars/Olympus"))
                .patch("/api/v1/consortia/{c}", shop).then().statusCode(400)
                .body("violations[0].field", equalTo("timeZone"));
    }

    @Test
    void onlyTheConsortiumsManagersSearchItsOrders() {
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(shop, weavers, manager, artisan);
        as(Tokens.person(artisan)).queryParam("q", claire).get(ORDERS, shop).then().statusCode(403);
        String other = Fixtures.email("manager");
        Fixtures.consortium(other);
        as(Tokens.person(other)).queryParam("q", claire).get(ORDERS, shop).then().statusCode(404);
        given().queryParam("q", claire).get(ORDERS, shop).then().statusCode(401);
    }

    private static void zone(String zone) {
        as(Tokens.person(manager)).contentType(ContentType.JSON).body(Map.of("timeZone", zone))
                .patch("/api/v1/consortia/{c}", shop).then().statusCode(200).body("timeZone", equalTo(zone));
    }

    private static ValidatableResponse find(Map<String, String> params) {
        return as(Tokens.person(manager)).queryParams(params).get(ORDERS, shop).then().statusCode(200);
    }

    private static String order(String email, String name, String country, String variant, String another) {
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        if (another != null) {
            Shopping.add(shop, cart, another, 1);
        }
        Map<String, Object> address = new HashMap<>(Shopping.address(country, "10115"));
        address.put("name", name);
        return given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("email", email, "shippingAddress", address, "currency", "EUR"))
                .post("/api/v1/store/{c}/carts/{id}/checkout", shop, cart).then().statusCode(201).extract()
                .path("orderNumber");
    }
}
