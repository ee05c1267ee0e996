package dev.canopy.testsupport;

import java.util.List;
import java.util.Map;

/**
 * A shop whose two workshops sell one piece each, 100.00 EUR and 1.2 kg: a kilim from the weavers
 * and a bag from the leather workshop, so a cart of both makes two parcels.
 */
public record TwoWorkshops(String manager, String shop, String weavers, String leather, String kilim, String bag) {

    public static TwoWorkshops open() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String weavers = Fixtures.member(shop, manager);
        String leather = Fixtures.member(shop, manager);
        String kilim = Shopping.variantOf(shop,
                Products.published(shop, weavers, manager, Products.carpet("Kilim", "Килим", 10000)));
        String bag = Shopping.variantOf(shop,
                Products.published(shop, leather, manager, Products.carpet("Bag", "Сумка", 10000)));
        return new TwoWorkshops(manager, shop, weavers, leather, kilim, bag);
    }

    /** A cart in {@code currency} holding the kilim and the bag. */
    public String cartOfBoth(String currency) {
        String cart = Shopping.cart(shop, currency);
        Shopping.add(shop, cart, kilim, 1);
        Shopping.add(shop, cart, bag, 1);
        return cart;
    }

    /** One zone, Germany and France, with these rates. */
    public void shipsToGermanyAndFrance(String model, List<Map<String, Object>> rates) {
        Fixtures.as(Tokens.person(manager)).body(Map.of("model", model, "zones", List.of(
                Map.of("name", "Europe", "countries", List.of("DE", "FR"), "rates", rates))))
                .put("/api/v1/consortia/{c}/shipping", shop).then().statusCode(200);
    }
}
