package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A product with a lead time is made to order: it sells beyond its stock (the pieces in stock first,
 * the rest made in the lead time), says so in the cart and the order, and gives back to stock only
 * what came from it.
 */
@QuarkusTest
class MadeToOrderTest {

    private String manager;
    private String shop;
    private String member;

    @BeforeEach
    void brand() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        member = Fixtures.member(shop, manager);
    }

    @Test
    void aMadeToOrderPieceSellsBeyondItsStockAndSaysWhenItShips() {
        String product = product(21, 1);
        String variant = Shopping.variantOf(shop, product);
        given().get("/shop/{c}/products/{id}?lang=en", shop, product).then().statusCode(200)
                .body(containsString("class=\"add-to-cart\""));
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 3);
        given().get("/api/v1/store/{c}/carts/{id}", shop, cart).then().statusCode(200)
                .body("lines[0].available", equalTo(true)).body("lines[0].madeInDays", equalTo(21));

        String number = checkout(cart);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .body("lines[0].quantity", equalTo(3)).body("lines[0].madeInDays", equalTo(21));
        assertStock(product, 0);
        // Cancelled: the one piece from stock goes back, not the two that were never made
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/cancel", shop, number).then()
                .statusCode(200);
        assertStock(product, 1);
    }

    @Test
    void refundsTakeBackThePiecesStillToBeMadeFirst() {
        String product = product(14, 1);
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, Shopping.variantOf(shop, product), 3);
        String number = checkout(cart);
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then()
                .statusCode(200);
        String sku = as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .extract().path("lines[0].sku");
        refund(number, sku, 2);
        assertStock(product, 0);
        refund(number, sku, 1);
        assertStock(product, 1);
    }

    @Test
    void aMakersWeeklyCapacityLimitsThePiecesMadeForOneOrderLine() {
        String product = product(21, 1);
        as(Tokens.person(manager)).contentType(ContentType.JSON).body(Map.of("weeklyCapacity", 2))
                .patch("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, product).then()
                .statusCode(200).body("weeklyCapacity", equalTo(2));
        String variant = Shopping.variantOf(shop, product);
        String tooMany = Shopping.cart(shop, null);
        Shopping.add(shop, tooMany, variant, 4);
        given().get("/api/v1/store/{c}/carts/{id}", shop, tooMany).then().body("lines[0].available", equalTo(false));
        Shopping.checkout(shop, tooMany, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(409);
        assertStock(product, 1);
        // One from stock and two made: within the week
        String enough = Shopping.cart(shop, null);
        Shopping.add(shop, enough, variant, 3);
        checkout(enough);
        assertStock(product, 0);
        as(Tokens.person(manager)).contentType(ContentType.JSON).body(Map.of("weeklyCapacity", 0))
                .patch("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, product).then()
                .statusCode(200).body("weeklyCapacity", nullValue());
    }

    @Test
    void withinStockNothingIsMadeAndWithoutALeadTimeStockStillLimits() {
        String ready = product(10, 5);
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, Shopping.variantOf(shop, ready), 2);
        given().get("/api/v1/store/{c}/carts/{id}", shop, cart).then().body("lines[0].madeInDays", nullValue());
        String number = checkout(cart);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .body("lines[0].madeInDays", nullValue());
        assertStock(ready, 3);

        String stocked = Shopping.variantOf(shop, Products.published(shop, member, manager,
                Products.carpet("Kilim", "Килим", 9000)));
        String more = Shopping.cart(shop, null);
        Shopping.add(shop, more, stocked, 4);
        given().get("/api/v1/store/{c}/carts/{id}", shop, more).then().body("lines[0].available", equalTo(false));
        Shopping.checkout(shop, more, Fixtures.unique("key"), Shopping.address("FR", "69001")).then().statusCode(409);
    }

    private String product(int leadTimeDays, int stock) {
        Map<String, Object> body = Products.carpet("Suzani", "Сюзане", 30000);
        body.put("leadTimeDays", leadTimeDays);
        body.put("variants", List.of(Map.of("sku", Fixtures.unique("SKU"), "price",
                Map.of("amount", 30000, "currency", "EUR"), "stock", stock)));
        return Products.published(shop, member, manager, body);
    }

    private String checkout(String cart) {
        return Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract().path("orderNumber");
    }

    private void refund(String number, String sku, int quantity) {
        as(Tokens.person(manager)).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("sku", sku, "quantity", quantity)), "reason", "Changed mind"))
                .post("/api/v1/consortia/{c}/orders/{n}/refunds", shop, number).then().statusCode(201);
    }

    private void assertStock(String product, int stock) {
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, product)
                .then().statusCode(200).body("variants[0].stock", equalTo(stock));
    }
}
