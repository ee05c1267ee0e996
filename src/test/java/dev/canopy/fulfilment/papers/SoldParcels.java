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
final class SoldParcels {

    static final String PARCELS = "/api/v1/consortia/{c}/members/{m}/fulfilments";
    static final String PAPERS = PARCELS + "/{id}/papers/";

    /** A paid order of one product from one member of a new consortium: its single parcel. */
    record Parcel(String manager, String shop, String member, String number, String id) {
    }

    private SoldParcels() {
    }

    /** One unit of a new product ({@code cents} euro cents) bought in euro, paid, and routed. */
    static Parcel single(String title, String hsCode, long cents, Map<String, Object> address) {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        String number = paid(shop, manager, "EUR", address, items(variant(shop, member, manager, title, hsCode, cents), 1));
        return new Parcel(manager, shop, member, number, parcel(shop, member, manager));
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
