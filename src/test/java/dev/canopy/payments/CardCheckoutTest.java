package dev.canopy.payments;

import static dev.canopy.payments.CardOrders.STRIPE;
import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.stripe.WithStripe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Checkout by card opens one Stripe Checkout Session per order; Stripe failing never pays or duplicates anything. */
@QuarkusTest
@TestProfile(WithStripe.class)
class CardCheckoutTest {

    @BeforeEach
    void freshStripe() {
        STRIPE.reset();
    }

    @Test
    void aCardCheckoutOpensOneSessionForTheOrderTotalTiedToTheOrderNumber() {
        CardOrders shop = CardOrders.open();
        String carpet = shop.variant(shop.member(), 24000);
        String scarf = shop.variant(shop.member(), 4500);
        CardOrders.Placed order = shop.checkout(1, carpet, scarf);

        var sessions = STRIPE.requests("POST", "/v1/checkout/sessions");
        assertThat(sessions, hasSize(1));
        Map<String, String> form = sessions.get(0).form();
        assertThat(form.get("mode"), equalTo("payment"));
        assertThat(form.get("currency"), equalTo(null));
        assertThat(form.get("line_items[0][price_data][currency]"), equalTo("eur"));
        assertThat(form.get("line_items[0][price_data][unit_amount]"), equalTo("24000"));
        assertThat(form.get("line_items[0][quantity]"), equalTo("1"));
        assertThat(form.get("line_items[1][price_data][unit_amount]"), equalTo("4500"));
        assertThat(form.get("client_reference_id"), equalTo(order.number()));
        assertThat(form.get("customer_email"), equalTo("claire@example.fr"));
        assertThat(form.get("payment_intent_data[transfer_group]"), equalTo(order.number()));
        assertThat(form.get("metadata[order]"), equalTo(order.number()));
        assertThat(form.get("metadata[consortium]"), equalTo(shop.shop()));
        assertThat(form.get("success_url"), allOf(containsString("/shop/" + shop.shop() + "/orders/" + order.number()),
                containsString("token=")));
        assertThat(sessions.get(0).headers().get("idempotency-key"), startsWith("checkout:" + order.number()));
        // The session's total is the order's to the minor unit, shipping included
        assertThat(((Number) STRIPE.object(order.session()).get("amount_total")).longValue(), equalTo(order.total()));
        long expiresAt = Long.parseLong(form.get("expires_at"));
        long now = Instant.now().getEpochSecond();
        assertThat(expiresAt - now, allOf(greaterThan(Duration.ofMinutes(30).toSeconds()),
                lessThanOrEqualTo(Duration.ofHours(24).toSeconds())));
        String reservedUntil = shop.order(order.number()).then().statusCode(200).body("paymentMethod", equalTo("card"))
                .body("status", equalTo("awaiting_payment")).extract().path("reservedUntil");
        assertThat(expiresAt, lessThanOrEqualTo(Instant.parse(reservedUntil).getEpochSecond()));
    }

    @Test
    void theCheckoutPageMayPostOnlyToItselfAndToTheCardPaymentPage() {
        CardOrders shop = CardOrders.open();
        String policy = given().redirects().follow(false).get("/shop/{c}/checkout", shop.shop()).then().extract()
                .header("Content-Security-Policy");
        assertThat(policy, containsString("form-action 'self' " + STRIPE.baseUrl() + ";"));
        assertThat(given().get("/shop/{c}/", shop.shop()).then().extract().header("Content-Security-Policy"),
                containsString("form-action 'self';"));
    }

    @Test
    void aRetriedCheckoutFindsTheSameOrderAndTheSameSession() {
        CardOrders shop = CardOrders.open();
        String cart = Shopping.cart(shop.shop(), "EUR");
        Shopping.add(shop.shop(), cart, shop.variant(shop.member(), 9000), 1);
        String key = Fixtures.unique("key");
        var first = Shopping.checkout(shop.shop(), cart, key, Shopping.address("FR", "69001")).then().statusCode(201)
                .body("payment.method", equalTo("card")).body("payment.redirectUrl", startsWith(STRIPE.baseUrl()))
                .extract();
        Shopping.checkout(shop.shop(), cart, key, Shopping.address("FR", "69001")).then().statusCode(201)
                .body("orderNumber", equalTo(first.path("orderNumber")))
                .body("payment.redirectUrl", equalTo(first.path("payment.redirectUrl")));
        assertThat(STRIPE.created("cs_"), equalTo(1));
    }

    @Test
    void aShopperMayStillChooseABankTransfer() {
        CardOrders shop = CardOrders.open();
        String cart = Shopping.cart(shop.shop(), "EUR");
        Shopping.add(shop.shop(), cart, shop.variant(shop.member(), 9000), 1);
        checkout(shop.shop(), cart, Fixtures.unique("key"), "bank_transfer").then().statusCode(201)
                .body("payment.method", equalTo("bank_transfer"))
                .body("payment.instructions", containsString("90.00 EUR"));
        assertThat(STRIPE.requests("POST", "/v1/checkout/sessions"), hasSize(0));
    }

    @Test
    void anUnknownPaymentMethodIsRefusedNamingTheField() {
        CardOrders shop = CardOrders.open();
        String cart = Shopping.cart(shop.shop(), "EUR");
        Shopping.add(shop.shop(), cart, shop.variant(shop.member(), 9000), 1);
        checkout(shop.shop(), cart, Fixtures.unique("key"), "paypal").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", containsString("paymentMethod"));
    }

    @Test
    void stripeDownAtCheckoutIsAQuick503ThenTheRetryMakesOneOrderWithItsStockReservedOnce() {
        CardOrders shop = CardOrders.open();
        String member = shop.member();
        String product = Products.published(shop.shop(), member, shop.manager(), Products.carpet("Kilim", "Килим", 9000));
        String cart = Shopping.cart(shop.shop(), "EUR");
        Shopping.add(shop.shop(), cart, Shopping.variantOf(shop.shop(), product), 1);
        String key = Fixtures.unique("key");

        STRIPE.down();
        Shopping.checkout(shop.shop(), cart, key, Shopping.address("FR", "69001")).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("Card payment is unavailable"));
        // The rest of the shop keeps answering
        given().get("/api/v1/store/{c}/products", shop.shop()).then().statusCode(200);
        given().get("/shop/{c}/", shop.shop()).then().statusCode(200);

        STRIPE.up();
        String number = Shopping.checkout(shop.shop(), cart, key, Shopping.address("FR", "69001")).then()
                .statusCode(201).body("payment.redirectUrl", startsWith(STRIPE.baseUrl())).extract().path("orderNumber");
        assertThat(STRIPE.created("cs_"), equalTo(1));
        shop.order(number).then().body("status", equalTo("awaiting_payment"));
        as(Tokens.person(shop.manager())).get("/api/v1/consortia/{c}/members/{m}/products/{p}", shop.shop(), member,
                product).then().statusCode(200).body("variants[0].stock", equalTo(2));
    }

    @Test
    void stripeAnswering500Or429OrTooSlowlyAtCheckoutIs503AndNothingIsPaid() {
        CardOrders shop = CardOrders.open();
        String variant = shop.variant(shop.member(), 9000);
        for (Runnable fault : new Runnable[] { () -> STRIPE.failNext(10, 500), () -> STRIPE.failNext(10, 429),
                () -> STRIPE.slow(Duration.ofSeconds(3)) }) {
            String cart = Shopping.cart(shop.shop(), "EUR");
            Shopping.add(shop.shop(), cart, variant, 1);
            fault.run();
            Shopping.checkout(shop.shop(), cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                    .statusCode(503).contentType("application/problem+json");
            STRIPE.reset();
        }
        as(Tokens.person(shop.manager())).get("/api/v1/consortia/{c}/orders?status=paid", shop.shop()).then()
                .body("total", equalTo(0));
    }

    private static io.restassured.response.Response checkout(String shop, String cart, String key, String method) {
        Map<String, Object> body = new HashMap<>(Map.of("email", "claire@example.fr", "shippingAddress",
                Shopping.address("FR", "69001"), "currency", "EUR", "paymentMethod", method));
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/store/{c}/carts/{id}/checkout", shop, cart);
    }
}
