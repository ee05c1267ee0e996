package dev.canopy.testsupport;

import static dev.canopy.testsupport.Fixtures.as;

import java.util.Map;

/** A consortium with one workshop and one paid order, made through the API. */
public record PaidOrders(String shop, String manager, String member, String number) {

    public static PaidOrders one(String memberContactEmail) {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager, Map.of("contactEmail", memberContactEmail));
        String variant = Shopping.variantOf(shop, Products.published(shop, member, manager,
                Products.carpet("Kilim", "Килим", 5000)));
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        String number = Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract().path("orderNumber");
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then()
                .statusCode(200);
        return new PaidOrders(shop, manager, member, number);
    }
}
