package dev.canopy.ordering.mail;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Two Kilims bought by bank transfer from a brand in its own colour, by a shopper of their own. */
record MailedOrder(String shop, String manager, String member, String number, String token, String email) {

    static final String COLOR = "#8a2b1d";

    /** Checked out in {@code language}, or without saying one when null. */
    static MailedOrder placed(String language) {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager, Map.of("primaryColor", COLOR));
        String member = Fixtures.member(shop, manager, Map.of("contactEmail", Fixtures.email("workshop")));
        String variant = Shopping.variantOf(shop,
                Products.published(shop, member, manager, Products.carpet("Kilim", "Килим", 5000)));
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 2);
        String email = Fixtures.email("shopper");
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "shippingAddress",
                Shopping.address("FR", "69001"), "currency", "EUR", "paymentMethod", "bank_transfer"));
        if (language != null) {
            body.put("language", language);
        }
        JsonPath placed = given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(body).post("/api/v1/store/{c}/carts/{id}/checkout", shop, cart).then().statusCode(201).extract()
                .jsonPath();
        return new MailedOrder(shop, manager, member, placed.getString("orderNumber"), placed.getString("orderToken"),
                email);
    }

    /** The shopper's page of the order, as the storefront's absolute links start. */
    String link() {
        return "http://localhost:8080/shop/" + shop + "/orders/" + number + "?token=" + token;
    }

    void confirmPayment() {
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then()
                .statusCode(200);
    }

    void cancel() {
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/cancel", shop, number).then().statusCode(200);
    }

    /** One of the two Kilims given back by the manager. */
    void refundOne() {
        String sku = as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .statusCode(200).extract().path("lines[0].sku");
        as(Tokens.person(manager)).body(Map.of("lines", List.of(Map.of("sku", sku, "quantity", 1)), "reason", "Torn"))
                .post("/api/v1/consortia/{c}/orders/{n}/refunds", shop, number).then().statusCode(201);
    }

    /** The workshop's parcel accepted and sent; answers its id. */
    String ship(String carrier, String trackingNumber) {
        String parcel = as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/fulfilments", shop, member)
                .then().statusCode(200).extract().path("items[0].id");
        as(Tokens.person(manager)).post(parcels() + "/accept", shop, member, parcel).then().statusCode(200);
        as(Tokens.person(manager)).body(Map.of("carrier", carrier, "trackingNumber", trackingNumber))
                .post(parcels() + "/ship", shop, member, parcel).then().statusCode(200);
        return parcel;
    }

    void deliver(String parcel) {
        as(Tokens.person(manager)).post(parcels() + "/deliver", shop, member, parcel).then().statusCode(200);
    }

    private static String parcels() {
        return "/api/v1/consortia/{c}/members/{m}/fulfilments/{id}";
    }
}
