package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A shop that takes cards while Stripe cannot be reached: the checkout form stays, to be sent again. */
@QuarkusTest
@TestProfile(StripeUnreachable.class)
class CardCheckoutOutageTest extends BrandWithAWorkshop {

    private static final String KEY = "name=\"key\" value=\"([0-9a-f-]{36})\"";

    ShopperSession shopper = new ShopperSession();

    @Test
    void cardIsOfferedFirstAndAStripeOutageKeepsTheFormForAnotherTry() {
        String variant = Shopping.variantOf(consortium, Products.published(consortium, member, manager,
                Products.carpet("Kilim", "Килим", 5000)));
        shopper.post("/shop/{c}/cart/items", Map.of("variant", variant, "quantity", "1"), consortium).then()
                .statusCode(303);
        shopper.get("/shop/{c}/checkout?lang=en", consortium).then().statusCode(200)
                .body(containsString("name=\"paymentMethod\" value=\"card\" checked"))
                .body(containsString("name=\"paymentMethod\" value=\"bank_transfer\">"));
        Map<String, Object> form = CheckoutPagesTest.address("FR", "69001");
        form.put("paymentMethod", "card");
        form.put("key", shopper.find(KEY, "/shop/{c}/checkout", consortium));

        for (int attempt = 0; attempt < 2; attempt++) {
            shopper.post("/shop/{c}/checkout?lang=en", form, consortium).then().statusCode(503)
                    .body(containsString("Card payment is unavailable right now, please try again in a moment."))
                    .body(containsString("value=\"" + form.get("key") + "\""))
                    .body(containsString("value=\"Claire Martin\""));
        }
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders", consortium).then().body("total", equalTo(1));
    }
}
