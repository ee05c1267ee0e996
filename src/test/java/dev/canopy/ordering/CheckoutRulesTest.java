package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.TestClock;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CheckoutRulesTest {

    @Inject
    TestClock clock;
    @Inject
    ReservationExpiry expiry;

    String manager;
    String shop;
    String member;
    String product;
    String variant;

    @BeforeEach
    void aShopWithOneProduct() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        member = Fixtures.member(shop, manager);
        Map<String, Object> body = Products.carpet("Kilim", "Килим", 10000);
        body.put("variants", List.of(Map.of("sku", Fixtures.unique("K"), "price", Map.of("amount", 10000,
                "currency", "EUR"), "stock", 1)));
        product = Products.published(shop, member, manager, body);
        variant = Shopping.variantOf(shop, product);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void unpaidOrdersGiveTheirStockBackWhenTheReservationExpires() {
        String number = order();
        given().get("/api/v1/store/{c}/products/{id}", shop, product).then().body("variants[0].inStock", equalTo(false));
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        expiry.expireAll();
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .body("status", equalTo("cancelled"))
                .body("history[1].actor", equalTo("system:reservation-expired"));
        given().get("/api/v1/store/{c}/products/{id}", shop, product).then().body("variants[0].inStock", equalTo(true));
    }

    @Test
    void aReservationWithinItsTimeIsKept() {
        String number = order();
        clock.advance(Duration.ofDays(2));
        expiry.expireAll();
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .body("status", equalTo("awaiting_payment"));
    }

    @Test
    void cancellingReturnsTheStockAndWrongTransitionsAreConflicts() {
        String number = order();
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/cancel", shop, number).then()
                .statusCode(200).body("status", equalTo("cancelled"));
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then()
                .statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/store/{c}/products/{id}", shop, product).then().body("variants[0].inStock", equalTo(true));
    }

    @Test
    void quantitiesOutsideOneToNinetyNineAndUnknownVariantsAreRefused() {
        String cart = Shopping.cart(shop, null);
        given().contentType(ContentType.JSON).body(Map.of("variantId", variant, "quantity", 0))
                .post("/api/v1/store/{c}/carts/{id}/items", shop, cart).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("variantId", variant, "quantity", 100))
                .post("/api/v1/store/{c}/carts/{id}/items", shop, cart).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("variantId", java.util.UUID.randomUUID(), "quantity", 1))
                .post("/api/v1/store/{c}/carts/{id}/items", shop, cart).then().statusCode(400)
                .body("violations[0].field", equalTo("variantId"));
        given().get("/api/v1/store/{c}/carts/{id}", shop, java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aCartBelongsToItsConsortiumAndAnotherShopsVariantIsRefused() {
        String otherShop = Fixtures.consortium(Fixtures.email("manager"));
        String cart = Shopping.cart(otherShop, null);
        given().contentType(ContentType.JSON).body(Map.of("variantId", variant, "quantity", 1))
                .post("/api/v1/store/{c}/carts/{id}/items", otherShop, cart).then().statusCode(400);
        String ours = Shopping.cart(shop, null);
        given().get("/api/v1/store/{c}/carts/{id}", otherShop, ours).then().statusCode(404);
    }

    @Test
    void addressesNeedAPostalCodeWhereTheCountryUsesOne() {
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", null)).then().statusCode(400)
                .body("violations[0].field", equalTo("shippingAddress.postalCode"));
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("AE", null)).then().statusCode(201);
    }

    @Test
    void aDestinationOutsideEveryZoneIsRefusedAndNoOrderIsMade() {
        as(Tokens.person(manager)).body(Map.of("model", "per_member", "zones", List.of(Map.of("name", "Europe",
                "countries", List.of("FR", "DE"), "rates", List.of(Map.of("perParcel", 1500, "perKg", 500))))))
                .put("/api/v1/consortia/{c}/shipping", shop).then().statusCode(200);
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("US", "10001")).then().statusCode(400)
                .body("detail", containsString("invalid")).body("violations[0].message", containsString("US"));
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then().statusCode(201)
                // 1.2 kg: 15.00 per parcel + 2 started kilograms at 5.00
                .body("totals.shipping.amount", equalTo(2500)).body("totals.total.amount", equalTo(12500));
    }

    @Test
    void aMissingIdempotencyKeyOrAnEmptyCartIsRefused() {
        String cart = Shopping.cart(shop, null);
        given().contentType(ContentType.JSON).body(Map.of("email", "a@example.fr", "shippingAddress",
                Shopping.address("FR", "69001"))).post("/api/v1/store/{c}/carts/{id}/checkout", shop, cart)
                .then().statusCode(400);
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then().statusCode(409);
    }

    @Test
    void theSameKeyWithAnotherCartOrAnotherBodyIsRefusedAndTellsNothingOfTheFirstOrder() {
        String key = Fixtures.unique("key");
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        var first = Shopping.checkout(shop, cart, key, Shopping.address("FR", "69001")).then().statusCode(201)
                .extract();
        String number = first.path("orderNumber");
        String token = first.path("orderToken");
        Shopping.checkout(shop, cart, key, Shopping.address("FR", "69001")).then().statusCode(201)
                .body("orderNumber", equalTo(number)).body("orderToken", equalTo(token));

        String another = Shopping.cart(shop, null);
        Shopping.add(shop, another, variant, 1);
        for (String otherCart : List.of(another, cart)) {
            String postalCode = otherCart.equals(cart) ? "69002" : "69001";
            String answer = Shopping.checkout(shop, otherCart, key, Shopping.address("FR", postalCode)).then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("detail", containsString("Idempotency-Key")).extract().asString();
            assertFalse(answer.contains(number) || answer.contains(token) || answer.contains("claire"), answer);
        }
    }

    @Test
    void aSuspendedMakersOrAnArchivedPieceCannotBeAddedOrCheckedOutFromACartFilledBefore() {
        String sku = given().get("/api/v1/store/{c}/products/{id}", shop, product).then().extract()
                .path("variants[0].sku");
        String filledBefore = Shopping.cart(shop, null);
        Shopping.add(shop, filledBefore, variant, 1);
        as(Tokens.person(manager)).body(Map.of("status", "suspended"))
                .patch("/api/v1/consortia/{c}/members/{m}", shop, member).then().statusCode(200);
        refusedNaming(sku, filledBefore);

        as(Tokens.person(manager)).body(Map.of("status", "active"))
                .patch("/api/v1/consortia/{c}/members/{m}", shop, member).then().statusCode(200);
        as(Tokens.person(manager)).delete("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, product)
                .then().statusCode(204);
        refusedNaming(sku, filledBefore);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, product)
                .then().body("variants[0].stock", equalTo(1));
    }

    /** The cart shows the line unavailable; adding more and checking out are 409 naming the SKU. */
    private void refusedNaming(String sku, String cart) {
        given().get("/api/v1/store/{c}/carts/{id}", shop, cart).then().body("lines[0].available", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("variantId", variant, "quantity", 1))
                .post("/api/v1/store/{c}/carts/{id}/items", shop, Shopping.cart(shop, null)).then().statusCode(409)
                .body("detail", containsString(sku));
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then().statusCode(409)
                .body("detail", containsString(sku));
    }

    private String order() {
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        return Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract().path("orderNumber");
    }
}
