package dev.canopy.testsupport;

import static dev.canopy.testsupport.Fixtures.as;

import java.util.Map;

/** A consortium with one workshop and one paid order, made through the API. */
public record PaidOrders(String shop, String manager, String member, String number) {

    public static PaidOrders one(String memberContactEmail) {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager, Map.of("contactEmail", memberContactEmail));
        return new PaidOrders(shop, manager, member, paid(shop, manager, member));
    }

    /** An order of one new carpet of {@code member}, sent to France and not yet paid; answers its number. */
    public static String placed(String shop, String manager, String member) {
        String variant = Shopping.variantOf(shop, Products.published(shop, member, manager,
                Products.carpet("Kilim", "Килим", 5000)));
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        return Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract().path("orderNumber");
    }

    /** The same order, its payment confirmed by the manager. */
    public static String paid(String shop, String manager, String member) {
        String number = placed(shop, manager, member);
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then()
                .statusCode(200);
        return number;
    }
}
