package dev.canopy.fulfilment.papers;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.restassured.http.ContentType;

/** Paid orders made through the API, and their parcels, for the papers' tests. */
final class PaidOrders {

    static final String PARCELS = "/api/v1/consortia/{c}/members/{m}/fulfilments";
    static final String PAPERS = PARCELS + "/{id}/papers/";

    private PaidOrders() {
    }

    /** A published product of the member with its own HS code and price in euro cents; answers its variant. */
    static String variant(String shop, String member, String manager, String title, String hsCode, long cents) {
        Map<String, Object> body = Products.carpet(title, title, cents);
        body.put("hsCode", hsCode);
        return Shopping.variantOf(shop, Products.published(shop, member, manager, body));
    }

    /** Buys the variants (variant id → quantity) in the currency, ships to the address, and confirms payment. */
    static String paid(String shop, String manager, String currency, Map<String, Object> address,
            Map<String, Integer> items) {
        String cart = Shopping.cart(shop, currency);
        items.forEach((variant, quantity) -> Shopping.add(shop, cart, variant, quantity));
        String number = given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("email", "claire@example.fr", "shippingAddress", address, "currency", currency))
                .post("/api/v1/store/{c}/carts/{id}/checkout", shop, cart).then().statusCode(201).extract()
                .path("orderNumber");
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then()
                .statusCode(200);
        return number;
    }

    static Map<String, Integer> items(Object... variantsAndQuantities) {
        Map<String, Integer> items = new LinkedHashMap<>();
        for (int i = 0; i < variantsAndQuantities.length; i += 2) {
            items.put((String) variantsAndQuantities[i], (Integer) variantsAndQuantities[i + 1]);
        }
        return items;
    }

    /** The member's newest parcel. */
    static String parcel(String shop, String member, String manager) {
        return as(Tokens.person(manager)).get(PARCELS, shop, member).then().statusCode(200).extract()
                .path("items[0].id");
    }

    static void customs(String shop, String manager, Map<String, Object> profile) {
        as(Tokens.person(manager)).body(profile).put("/api/v1/consortia/{c}/customs", shop).then().statusCode(200);
    }
}
