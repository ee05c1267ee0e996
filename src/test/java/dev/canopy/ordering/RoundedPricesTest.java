package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoWorkshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A display-rounded currency: the price the shop shows is the cart's, the order's and the charge's. */
@QuarkusTest
class RoundedPricesTest {

    private static final String CART = "/api/v1/store/{c}/carts/{id}";

    @Test
    void theShownPriceIsTheCartLineTheOrderLineAndTheCharge() {
        TwoWorkshops brand = TwoWorkshops.open();
        String shop = brand.shop();
        brand.shipsToGermanyAndFrance("hub", List.of(Map.of("perParcel", 1000, "perKg", 0)));
        as(Tokens.person(brand.manager()))
                .body(Map.of("rates", Map.of("USD", "1.0842"), "rounding", Map.of("USD", "ending_99")))
                .put("/api/v1/consortia/{c}/exchange-rates", shop).then().statusCode(200);
        // 100.00 EUR x 1.0842 = 108.42 USD, shown as 108.99; shipping 10.00 EUR at the minor unit, 10.84 USD
        given().queryParam("currency", "USD").get("/api/v1/store/{c}/products", shop).then()
                .body("items.variants.price.amount.flatten()", contains(10899, 10899));
        String cart = brand.cartOfBoth("USD");

        given().queryParam("country", "DE").get(CART, shop, cart).then().statusCode(200)
                .body("lines.unitPrice.amount", contains(10899, 10899))
                .body("itemsTotal.amount", equalTo(2 * 10899))
                .body("shipping.amount", equalTo(1084))
                .body("total.amount", equalTo(2 * 10899 + 1084));

        String number = given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("email", "anna@example.de", "shippingAddress", Shopping.address("DE", "10115"),
                        "currency", "USD"))
                .post(CART + "/checkout", shop, cart).then().statusCode(201)
                .body("totals.shipping.amount", equalTo(1084))
                .body("totals.total.amount", equalTo(2 * 10899 + 1084)).extract().path("orderNumber");
        // the card payment charges these frozen lines and shipping (CardCheckoutTest)
        as(Tokens.person(brand.manager())).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .statusCode(200).body("lines.unitPrice.amount", contains(10899, 10899))
                .body("lines.lineTotal.amount", contains(10899, 10899))
                .body("totals.total.amount", equalTo(2 * 10899 + 1084));
    }

    @Test
    void theBaseCurrencyKeepsTheArtisansPrices() {
        TwoWorkshops brand = TwoWorkshops.open();
        as(Tokens.person(brand.manager()))
                .body(Map.of("rates", Map.of("USD", "1.0842"), "rounding", Map.of("USD", "whole")))
                .put("/api/v1/consortia/{c}/exchange-rates", brand.shop()).then().statusCode(200);
        given().get(CART, brand.shop(), brand.cartOfBoth("EUR")).then()
                .body("lines.unitPrice.amount", contains(10000, 10000));
    }
}
