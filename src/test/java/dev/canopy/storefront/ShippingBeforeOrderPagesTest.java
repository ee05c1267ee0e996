package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Shipping and the total on the cart and checkout pages before the order, without JavaScript. */
@QuarkusTest
class ShippingBeforeOrderPagesTest extends BrandWithAWorkshop {

    private static final String LINE = "action=\"/shop/[^/]+/cart/items/([0-9a-f-]{36})\"";

    ShopperSession shopper = new ShopperSession();

    @BeforeEach
    void aKilimInTheCartAndParcelsToGermanyAt15() {
        String variant = Shopping.variantOf(consortium, Products.published(consortium, member, manager,
                Products.carpet("Kilim", "Килим", 10000)));
        as(Tokens.person(manager)).body(Map.of("model", "per_member", "zones", List.of(Map.of("name", "Europe",
                "countries", List.of("DE", "FR"), "rates", List.of(Map.of("perParcel", 1500, "perKg", 0))))))
                .put("/api/v1/consortia/{c}/shipping", consortium).then().statusCode(200);
        shopper.post("/shop/{c}/cart/items", Map.of("variant", variant, "quantity", "1"), consortium).then()
                .statusCode(303);
    }

    @Test
    void theCartShowsEachParcelAndTheTotalForTheCountryChosenWithAPlainForm() {
        shopper.get("/shop/{c}/cart?country=DE&lang=en", consortium).then().statusCode(200)
                .body(containsString("<form class=\"destination\" method=\"get\""))
                .body(containsString("<option value=\"DE\" selected>Germany</option>"))
                .body(containsString("Parcel 1: Kilim</span> <span>€15.00"))
                .body(containsString("Shipping to Germany <strong>€15.00</strong>"))
                .body(containsString("Total <strong>€115.00</strong>"))
                .body(containsString("/checkout?country=DE\""))
                .body(not(containsString("is added")));

        String line = shopper.find(LINE, "/shop/{c}/cart?country=DE", consortium);
        shopper.post("/shop/{c}/cart/items/{line}", Map.of("quantity", "2", "country", "DE"), consortium, line).then()
                .statusCode(303).header("Location", endsWith("/cart?country=DE"));
        shopper.get("/shop/{c}/cart?country=DE&lang=en", consortium).then()
                .body(containsString("Total <strong>€215.00</strong>"));
    }

    @Test
    void withoutAChoiceTheCartShipsToTheBrowsersCountryAndAnUnknownOneCountsAsNone() {
        shopper.request().header("Accept-Language", "de-DE").get("/shop/{c}/cart?lang=en", consortium).then()
                .body(containsString("Total <strong>€115.00</strong>"));
        shopper.get("/shop/{c}/cart?country=XX&lang=en", consortium).then().statusCode(200)
                .body(containsString("Choose where to ship to see the shipping and the total."));
    }

    @Test
    void aCountryNobodyShipsToIsSaidOnTheCartAndAboveTheAddressFields() {
        shopper.get("/shop/{c}/cart?country=US&lang=en", consortium).then().statusCode(200)
                .body(containsString("We do not ship to United States yet."))
                .body(not(containsString("Total <strong>")));

        String checkout = shopper.get("/shop/{c}/checkout?country=US&lang=en", consortium).then().statusCode(200)
                .extract().asString();
        int notice = checkout.indexOf("We do not ship to United States yet.");
        assertTrue(notice > 0 && notice < checkout.indexOf("id=\"name\""), "said before the address is typed");
    }

    @Test
    void theCheckoutShowsTheTotalThatThePlacedOrderCharges() {
        shopper.get("/shop/{c}/checkout?country=DE&lang=en", consortium).then().statusCode(200)
                .body(containsString("<option value=\"DE\" selected>Germany</option>"))
                .body(containsString("Total <strong>€115.00</strong>"));
        Map<String, Object> refresh = CheckoutPagesTest.address("FR", null);
        refresh.put("refresh", "1");
        String swapped = shopper.request().header("X-Swap", "address").contentType("application/x-www-form-urlencoded")
                .formParams(refresh).post("/shop/{c}/checkout?lang=en", consortium).then().statusCode(200)
                .extract().asString();
        assertTrue(swapped.strip().startsWith("<div id=\"address\"") && swapped.contains("<div id=\"shipping\">")
                && swapped.contains("Shipping to France <strong>€15.00</strong>"), swapped);

        String order = shopper.post("/shop/{c}/checkout", CheckoutPagesTest.address("DE", "10115"), consortium)
                .then().statusCode(303).extract().header("Location");
        shopper.get(order).then().statusCode(200)
                .body(containsString("<strong>€115.00</strong>"));
    }
}
