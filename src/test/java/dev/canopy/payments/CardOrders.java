package dev.canopy.payments;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.Map;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.stripe.StripeEvents;
import dev.canopy.testsupport.stripe.StripeSignatures;
import dev.canopy.testsupport.stripe.StripeStandIn;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A shop that takes cards, its orders paid on the Stripe stand-in, and Stripe's signed webhooks. */
record CardOrders(String shop, String manager) {

    static final StripeStandIn STRIPE = StripeStandIn.shared();
    static final String WEBHOOK = "/api/v1/payments/stripe/webhook";

    /** A card order placed at checkout: its number, token and Checkout Session. */
    record Placed(String number, String token, String session, long total) {
    }

    static CardOrders open() {
        String manager = Fixtures.email("manager");
        return new CardOrders(Fixtures.consortium(manager), manager);
    }

    String member() {
        return Fixtures.member(shop, manager);
    }

    String variant(String member, long priceCents) {
        return Shopping.variantOf(shop, Products.published(shop, member, manager,
                Products.carpet("Kilim", "Килим", priceCents)));
    }

    /** One cart with {@code quantity} of each variant, checked out by card. */
    Placed checkout(int quantity, String... variants) {
        String cart = Shopping.cart(shop, "EUR");
        for (String variant : variants) {
            Shopping.add(shop, cart, variant, quantity);
        }
        var placed = Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract();
        String url = placed.path("payment.redirectUrl");
        return new Placed(placed.path("orderNumber"), placed.path("orderToken"), url.substring(url.lastIndexOf('/') + 1),
                ((Number) placed.path("totals.total.amount")).longValue());
    }

    /** The shopper pays on Stripe's page and Stripe says so. */
    void pay(Placed order) {
        webhook(StripeEvents.sessionCompleted(STRIPE.pay(order.session()))).then().statusCode(200);
    }

    Response order(String number) {
        return as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number);
    }

    Response payments(String number) {
        return as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}/payments", shop, number);
    }

    static Response webhook(String payload) {
        return webhook(payload, StripeSignatures.header(payload, StripeStandIn.WEBHOOK_SECRET));
    }

    static Response webhook(String payload, String signature) {
        var request = given().contentType(ContentType.JSON).body(payload);
        return (signature == null ? request : request.header("Stripe-Signature", signature)).post(WEBHOOK);
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    static Map<String, Object> refund(Object lines, boolean shipping, String reason) {
        return Map.of("lines", lines, "shipping", shipping, "reason", reason);
    }
}
