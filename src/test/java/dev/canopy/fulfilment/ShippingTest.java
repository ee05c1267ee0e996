package dev.canopy.fulfilment;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoWorkshops;
import io.quarkus.test.junit.QuarkusTest;

/** Parcels priced per member or once from the hub; a new shop ships everywhere for free. */
@QuarkusTest
class ShippingTest {

    TwoWorkshops brand;
    String cart;

    @BeforeEach
    void twoWorkshopsInOneCart() {
        brand = TwoWorkshops.open();
        cart = brand.cartOfBoth(null);
    }

    @Test
    void aNewShopShipsToTheWholeWorldIncludedInPrices() {
        as(Tokens.person(brand.manager())).get("/api/v1/consortia/{c}/shipping", brand.shop()).then().statusCode(200)
                .body("model", equalTo("per_member")).body("zones.size()", equalTo(0));
        Shopping.checkout(brand.shop(), cart, Fixtures.unique("key"), Shopping.address("JP", "100-0001")).then()
                .statusCode(201).body("totals.shipping.amount", equalTo(0));
    }

    @Test
    void eachMemberShipsItsOwnParcelAtItsOwnRateOrTheDefault() {
        brand.shipsToGermanyAndFrance("per_member", List.of(Map.of("perParcel", 1000, "perKg", 300),
                Map.of("member", brand.leather(), "perParcel", 2000, "perKg", 0)));
        // weavers: 10.00 + 2 kg x 3.00 = 16.00; leather: 20.00
        Shopping.checkout(brand.shop(), cart, Fixtures.unique("key"), Shopping.address("DE", "10115")).then()
                .statusCode(201).body("totals.shipping.amount", equalTo(3600));
    }

    @Test
    void theHubSendsOneParcelAbroad() {
        brand.shipsToGermanyAndFrance("hub", List.of(Map.of("perParcel", 2500, "perKg", 400)));
        as(Tokens.person(brand.manager())).get("/api/v1/consortia/{c}/shipping", brand.shop()).then()
                .body("model", equalTo("hub")).body("zones[0].rates.size()", equalTo(1));
        // one parcel of 2.4 kg: 25.00 + 3 kg x 4.00
        Shopping.checkout(brand.shop(), cart, Fixtures.unique("key"), Shopping.address("DE", "10115")).then()
                .statusCode(201).body("totals.shipping.amount", equalTo(3700));
    }

    @Test
    void unknownCountriesAndMembersInTheSetupAreRefused() {
        as(Tokens.person(brand.manager())).body(Map.of("model", "hub", "zones", List.of(Map.of("name", "EU",
                "countries", List.of("France"), "rates", List.of(Map.of("perParcel", 1, "perKg", 1))))))
                .put("/api/v1/consortia/{c}/shipping", brand.shop()).then().statusCode(400);
        as(Tokens.person(brand.manager())).body(Map.of("model", "per_member", "zones", List.of(Map.of("name", "EU",
                "countries", List.of("FR"), "rates", List.of(Map.of("member", "nobody", "perParcel", 1, "perKg", 1))))))
                .put("/api/v1/consortia/{c}/shipping", brand.shop()).then().statusCode(404);
    }
}
