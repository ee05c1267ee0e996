package dev.canopy.fulfilment;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Parcels priced per member or once from the hub; a new shop ships everywhere for free. */
@QuarkusTest
class ShippingTest {

    String manager;
    String shop;
    String weavers;
    String leather;
    String cart;

    @BeforeEach
    void twoWorkshopsInOneCart() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        weavers = Fixtures.member(shop, manager);
        leather = Fixtures.member(shop, manager);
        // 1.2 kg each
        String kilim = Shopping.variantOf(shop,
                Products.published(shop, weavers, manager, Products.carpet("Kilim", "Килим", 10000)));
        String bag = Shopping.variantOf(shop,
                Products.published(shop, leather, manager, Products.carpet("Bag", "Сумка", 10000)));
        cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, kilim, 1);
        Shopping.add(shop, cart, bag, 1);
    }

    @Test
    void aNewShopShipsToTheWholeWorldIncludedInPrices() {
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/shipping", shop).then().statusCode(200)
                .body("model", equalTo("per_member")).body("zones.size()", equalTo(0));
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("JP", "100-0001")).then()
                .statusCode(201).body("totals.shipping.amount", equalTo(0));
    }

    @Test
    void eachMemberShipsItsOwnParcelAtItsOwnRateOrTheDefault() {
        setup("per_member", List.of(Map.of("perParcel", 1000, "perKg", 300),
                Map.of("member", leather, "perParcel", 2000, "perKg", 0)));
        // weavers: 10.00 + 2 kg x 3.00 = 16.00; leather: 20.00
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("DE", "10115")).then()
                .statusCode(201).body("totals.shipping.amount", equalTo(3600));
    }

    @Test
    void theHubSendsOneParcelAbroad() {
        setup("hub", List.of(Map.of("perParcel", 2500, "perKg", 400)));
        // one parcel of 2.4 kg: 25.00 + 3 kg x 4.00
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("DE", "10115")).then()
                .statusCode(201).body("totals.shipping.amount", equalTo(3700));
    }

    @Test
    void unknownCountriesAndMembersInTheSetupAreRefused() {
        as(Tokens.person(manager)).body(Map.of("model", "hub", "zones", List.of(Map.of("name", "EU",
                "countries", List.of("France"), "rates", List.of(Map.of("perParcel", 1, "perKg", 1))))))
                .put("/api/v1/consortia/{c}/shipping", shop).then().statusCode(400);
        as(Tokens.person(manager)).body(Map.of("model", "per_member", "zones", List.of(Map.of("name", "EU",
                "countries", List.of("FR"), "rates", List.of(Map.of("member", "nobody", "perParcel", 1, "perKg", 1))))))
                .put("/api/v1/consortia/{c}/shipping", shop).then().statusCode(404);
    }

    private void setup(String model, List<Map<String, Object>> rates) {
        as(Tokens.person(manager)).body(Map.of("model", model, "zones", List.of(
                Map.of("name", "Europe", "countries", List.of("DE", "FR"), "rates", rates))))
                .put("/api/v1/consortia/{c}/shipping", shop).then().statusCode(200)
                .body("zones[0].rates.size()", equalTo(rates.size()));
    }
}
