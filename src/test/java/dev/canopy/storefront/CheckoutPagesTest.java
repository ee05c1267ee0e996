package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Checkout through its page: the address asked by country, one order per form, refusals on the form. */
@QuarkusTest
class CheckoutPagesTest extends BrandWithAWorkshop {

    private static final String KEY = "name=\"key\" value=\"([0-9a-f-]{36})\"";

    ShopperSession shopper = new ShopperSession();
    String variant;

    @BeforeEach
    void aCarpetInTheCart() {
        variant = Shopping.variantOf(consortium, Products.published(consortium, member, manager,
                Products.carpet("Kilim", "Килим", 5000)));
        shopper.post("/shop/{c}/cart/items", Map.of("variant", variant, "quantity", "2"), consortium).then()
                .statusCode(303);
    }

    @Test
    void aPostalCodeIsRequiredForFranceButNotAskedForTheEmirates() {
        shopper.request().header("Accept-Language", "fr-FR, en;q=0.5").get("/shop/{c}/checkout?lang=en", consortium)
                .then().statusCode(200)
                .body(containsString("<option value=\"FR\" selected>France</option>"))
                .body(containsString("name=\"postalCode\" autocomplete=\"postal-code\" maxlength=\"20\" value=\"\" required"));

        shopper.post("/shop/{c}/checkout?lang=en", address("FR", null), consortium).then().statusCode(400)
                .body(containsString("Addresses in France need a postal code."))
                .body(containsString("aria-describedby=\"postalCode-error\""))
                .body(containsString("value=\"Claire Martin\""));
        Map<String, Object> emirates = address("AE", null);
        emirates.put("refresh", "1");
        shopper.post("/shop/{c}/checkout?lang=en", emirates, consortium).then().statusCode(200)
                .body(containsString("<option value=\"AE\" selected>"))
                .body(containsString("Emirate"))
                .body(not(containsString("name=\"postalCode\"")));

        shopper.post("/shop/{c}/checkout", address("AE", null), consortium).then().statusCode(303)
                .header("Location", matchesPattern(".*/shop/" + consortium + "/orders/[^/?]+\\?token=.+"));
    }

    @Test
    void aPostalCodeOfTheWrongShapeIsRefusedOnItsFieldWithOneThatFits() {
        shopper.post("/shop/{c}/checkout?lang=en", address("DE", "1043"), consortium).then().statusCode(400)
                .body(containsString("This is not a postal code used in Germany. They look like 26133."))
                .body(containsString("aria-describedby=\"postalCode-error\""))
                .body(containsString("value=\"1043\""));
    }

    @Test
    void sendingTheSameFormTwiceMakesOneOrder() {
        Map<String, Object> form = address("FR", "69001");
        form.put("key", shopper.find(KEY, "/shop/{c}/checkout", consortium));

        String first = shopper.post("/shop/{c}/checkout", form, consortium).then().statusCode(303).extract()
                .header("Location");
        String second = shopper.post("/shop/{c}/checkout", form, consortium).then().statusCode(303).extract()
                .header("Location");

        assertEquals(first, second);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders", consortium).then().body("total", equalTo(1));
    }

    @Test
    void itemsSoldMeanwhileAreNamedAndNothingIsOrdered() {
        Map<String, Object> form = address("FR", "69001");
        form.put("key", shopper.find(KEY, "/shop/{c}/checkout", consortium));
        String someoneElse = Shopping.cart(consortium, null);
        Shopping.add(consortium, someoneElse, variant, 2);
        Shopping.checkout(consortium, someoneElse, Fixtures.unique("key"), Shopping.address("DE", "10115")).then()
                .statusCode(201);

        shopper.post("/shop/{c}/checkout?lang=en", form, consortium).then().statusCode(409)
                .body(containsString("Nothing was ordered: not enough in stock of Kilim."))
                .body(containsString("Not enough in stock"));
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders", consortium).then().body("total", equalTo(1));
    }

    @Test
    void aCountryTheShopDoesNotShipToIsSaidOnTheForm() {
        as(Tokens.person(manager)).body(Map.of("model", "per_member", "zones", List.of(Map.of("name", "France",
                "countries", List.of("FR"), "rates", List.of(Map.of("perParcel", 1500, "perKg", 0))))))
                .put("/api/v1/consortia/{c}/shipping", consortium).then().statusCode(200);

        shopper.post("/shop/{c}/checkout?lang=en", address("US", "10001"), consortium).then().statusCode(400)
                .body(containsString("We do not ship to United States yet."));
        shopper.post("/shop/{c}/checkout", address("FR", "69001"), consortium).then().statusCode(303);
    }

    @Test
    void theOrderPageShowsHowToPayAndNeedsItsToken() {
        String location = shopper.post("/shop/{c}/checkout", address("FR", "69001"), consortium).then()
                .statusCode(303).extract().header("Location");
        String number = location.replaceFirst(".*/orders/([^?]+)\\?.*", "$1");

        shopper.get(location + "&lang=en").then().statusCode(200)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .body(containsString("<h1>Order " + number + "</h1>"))
                .body(containsString("Awaiting payment"))
                .body(containsString("<dd class=\"price\">€100.00</dd>"))
                .body(containsString("<dd><strong>" + number + "</strong></dd>"))
                .body(containsString("<dd>IBAN TJ00"))
                .body(containsString("Lyon"));
        shopper.get("/shop/{c}/orders/{n}", consortium, number).then().statusCode(404);
        shopper.get("/shop/{c}/orders/{n}?token=guess", consortium, number).then().statusCode(404);
        shopper.get("/shop/{c}/cart?lang=en", consortium).then().body(containsString("Your cart is empty."));
    }

    @Test
    void withoutStripeTheCheckoutOffersNoPaymentChoiceAndTheOrderAwaitsATransfer() {
        shopper.get("/shop/{c}/checkout?lang=en", consortium).then().statusCode(200)
                .body(not(containsString("name=\"paymentMethod\"")))
                .body(containsString("You pay by bank transfer"));

        String location = shopper.post("/shop/{c}/checkout", address("FR", "69001"), consortium).then()
                .statusCode(303).extract().header("Location");
        shopper.get(location + "&lang=en").then().statusCode(200)
                .body(containsString("Please transfer the total to this account:"))
                .body(not(containsString("Your payment is being confirmed")))
                .body(not(containsString("Paid by card")));
    }

    static Map<String, Object> address(String country, String postalCode) {
        Map<String, Object> form = new HashMap<>(Shopping.address(country, postalCode));
        form.put("email", "claire@example.fr");
        form.put("currency", "EUR");
        return form;
    }
}
