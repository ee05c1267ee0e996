package dev.canopy.payments;

import static dev.canopy.payments.CardOrders.STRIPE;
import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.stripe.StripeEvents;
import dev.canopy.testsupport.stripe.StripeSignatures;
import dev.canopy.testsupport.stripe.StripeStandIn;
import dev.canopy.testsupport.stripe.WithStripe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Stripe's signed events pay, cancel and annotate orders, each once, whatever their order or number of copies. */
@QuarkusTest
@TestProfile(WithStripe.class)
class StripeWebhookTest {

    @BeforeEach
    void freshStripe() {
        STRIPE.reset();
    }

    @Test
    void aPaidSessionPaysTheOrderAsStripeAndRoutesItToEachMemberWithTheChargeKept() {
        CardOrders shop = CardOrders.open();
        CardOrders.Placed order = shop.checkout(1, shop.variant(shop.member(), 24000), shop.variant(shop.member(), 4500));
        Map<String, Object> paid = STRIPE.pay(order.session());

        CardOrders.webhook(StripeEvents.sessionCompleted(paid)).then().statusCode(200);

        shop.order(order.number()).then().body("status", equalTo("paid")).body("fulfilments", hasSize(2))
                .body("history.actor", hasItem("stripe"));
        // The event named the payment only: its charge was looked up at Stripe
        assertThat(STRIPE.requests("GET", "/v1/payment_intents/" + paid.get("payment_intent")), hasSize(1));
        shop.payments(order.number()).then().statusCode(200).body("history.kind", contains("card_paid"))
                .body("history[0].externalId", equalTo(STRIPE.chargeOf((String) paid.get("payment_intent"))));
    }

    @Test
    void badSignaturesAre400AndChangeNothing() {
        CardOrders shop = CardOrders.open();
        CardOrders.Placed order = shop.checkout(1, shop.variant(shop.member(), 9000));
        String payload = StripeEvents.sessionCompleted(STRIPE.pay(order.session()));
        String secret = StripeStandIn.WEBHOOK_SECRET;
        long stale = CardOrders.now() - 600;
        Map<String, String> refused = Map.of(
                "tampered body", StripeSignatures.header(payload.replace("\"paid\"", "\"PAID\""), secret),
                "wrong secret", StripeSignatures.header(payload, "whsec_someone_else"),
                "stale timestamp", StripeSignatures.header(payload, secret, stale),
                "not a number", "t=abc,v1=" + StripeSignatures.header(payload, secret).split("v1=")[1],
                "malformed", "garbage");
        refused.forEach((why, signature) -> CardOrders.webhook(payload, signature).then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Stripe-Signature")));
        CardOrders.webhook(payload, null).then().statusCode(400);
        CardOrders.webhook("not json", StripeSignatures.header("not json", secret)).then().statusCode(400);
        shop.order(order.number()).then().body("status", equalTo("awaiting_payment"));
    }

    @Test
    void theSameEventTwentyTimesAtOncePaysOnceAndRoutesOnce() throws Exception {
        CardOrders shop = CardOrders.open();
        CardOrders.Placed order = shop.checkout(1, shop.variant(shop.member(), 9000), shop.variant(shop.member(), 4500));
        String payload = StripeEvents.sessionCompleted(STRIPE.pay(order.session()));
        ExecutorService senders = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> copies = IntStream.range(0, 20)
                    .<Callable<Integer>> mapToObj(i -> () -> CardOrders.webhook(payload).statusCode()).toList();
            List<Integer> statuses = senders.invokeAll(copies).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(statuses, everyItem(equalTo(200)));
        } finally {
            senders.shutdownNow();
        }
        CardOrders.webhook(payload).then().statusCode(200);
        shop.order(order.number()).then().body("status", equalTo("paid")).body("fulfilments", hasSize(2))
                .body("history.to", contains("awaiting_payment", "paid"));
        shop.payments(order.number()).then().body("history", hasSize(1));
    }

    @Test
    void anExpiredSessionCancelsTheOrderAndItsStockReturns() {
        CardOrders shop = CardOrders.open();
        String member = shop.member();
        CardOrders.Placed order = shop.checkout(1, shop.variant(member, 9000));
        CardOrders.webhook(StripeEvents.sessionExpired(STRIPE.object(order.session()))).then().statusCode(200);
        shop.order(order.number()).then().body("status", equalTo("cancelled")).body("history.actor",
                hasItem("stripe"));
        shop.payments(order.number()).then().body("history.kind", contains("page_expired"));
    }

    @Test
    void eventsOutOfOrderNeverUndoEachOther() {
        CardOrders shop = CardOrders.open();
        String variant = shop.variant(shop.member(), 9000);
        // Paid, then a late "expired": still paid
        CardOrders.Placed paidFirst = shop.checkout(1, variant);
        Map<String, Object> paid = STRIPE.pay(paidFirst.session());
        CardOrders.webhook(StripeEvents.sessionCompleted(paid)).then().statusCode(200);
        CardOrders.webhook(StripeEvents.sessionExpired(paid)).then().statusCode(200);
        shop.order(paidFirst.number()).then().body("status", equalTo("paid"));
        // Expired, then a late success: stays cancelled, and the manager is told to refund the charge
        CardOrders.Placed expiredFirst = shop.checkout(1, variant);
        Map<String, Object> session = STRIPE.object(expiredFirst.session());
        CardOrders.webhook(StripeEvents.sessionExpired(session)).then().statusCode(200);
        CardOrders.webhook(StripeEvents.sessionCompleted(STRIPE.pay(expiredFirst.session()))).then().statusCode(200);
        shop.order(expiredFirst.number()).then().body("status", equalTo("cancelled"));
        shop.payments(expiredFirst.number()).then().body("history.kind",
                contains("page_expired", "paid_after_cancellation"));
    }

    @Test
    void aSessionWhoseAmountDoesNotMatchTheOrderDoesNotPayItAndIsRecordedForTheManager() {
        CardOrders shop = CardOrders.open();
        CardOrders.Placed order = shop.checkout(1, shop.variant(shop.member(), 9000));
        Map<String, Object> session = StripeEvents.session(order.session(), "paid", order.total() - 100, "eur",
                STRIPE.paymentIntent(order.total() - 100, "eur", order.number()), order.number(), Map.of());
        CardOrders.webhook(StripeEvents.sessionCompleted(session)).then().statusCode(200);
        shop.order(order.number()).then().body("status", equalTo("awaiting_payment"));
        shop.payments(order.number()).then().body("history.kind", contains("amount_mismatch"))
                .body("history[0].note", containsString("not marked paid"));
    }

    @Test
    void theShoppersReturnBeforeTheWebhookShowsThePaymentBeingConfirmed() {
        CardOrders shop = CardOrders.open();
        CardOrders.Placed order = shop.checkout(1, shop.variant(shop.member(), 9000));
        STRIPE.pay(order.session());
        // Back from Stripe's page first: nothing is paid by the return itself
        given().queryParam("token", order.token()).get("/api/v1/store/{c}/orders/{n}", shop.shop(), order.number())
                .then().statusCode(200).body("status", equalTo("awaiting_payment"))
                .body("paymentMethod", equalTo("card"));
        given().queryParam("token", order.token()).get("/shop/{c}/orders/{n}", shop.shop(), order.number()).then()
                .statusCode(200);
        CardOrders.webhook(StripeEvents.sessionCompleted(STRIPE.object(order.session()))).then().statusCode(200);
        given().queryParam("token", order.token()).get("/api/v1/store/{c}/orders/{n}", shop.shop(), order.number())
                .then().body("status", equalTo("paid"));
    }

    @Test
    void aDelayedPaymentIsPaidWhenItSucceedsAndCancelledWhenItFails() {
        CardOrders shop = CardOrders.open();
        String variant = shop.variant(shop.member(), 9000);
        CardOrders.Placed settles = shop.checkout(1, variant);
        Map<String, Object> pending = new java.util.HashMap<>(STRIPE.pay(settles.session()));
        pending.put("payment_status", "unpaid");
        CardOrders.webhook(StripeEvents.sessionCompleted(pending)).then().statusCode(200);
        shop.order(settles.number()).then().body("status", equalTo("awaiting_payment"));
        CardOrders.webhook(StripeEvents.asyncPaymentSucceeded(pending)).then().statusCode(200);
        shop.order(settles.number()).then().body("status", equalTo("paid"));

        CardOrders.Placed fails = shop.checkout(1, variant);
        CardOrders.webhook(StripeEvents.asyncPaymentFailed(STRIPE.pay(fails.session()))).then().statusCode(200);
        shop.order(fails.number()).then().body("status", equalTo("cancelled"));
        shop.payments(fails.number()).then().body("history.kind", contains("payment_failed"));
    }

    @Test
    void refundsAndDisputesReportedByStripeAreKeptOnTheOrdersPaymentHistory() {
        CardOrders shop = CardOrders.open();
        CardOrders.Placed order = shop.checkout(1, shop.variant(shop.member(), 9000));
        Map<String, Object> paid = STRIPE.pay(order.session());
        CardOrders.webhook(StripeEvents.sessionCompleted(paid)).then().statusCode(200);
        String intent = (String) paid.get("payment_intent");
        String charge = STRIPE.chargeOf(intent);
        CardOrders.webhook(StripeEvents.chargeRefunded(charge, intent, order.total(), 1000, "eur")).then()
                .statusCode(200);
        CardOrders.webhook(StripeEvents.disputeCreated("dp_1", charge, intent, order.total(), "eur", "fraudulent"))
                .then().statusCode(200);
        shop.payments(order.number()).then().body("history.kind", contains("card_paid", "charge_refunded", "dispute"))
                .body("history[2].note", containsString("fraudulent"));
    }

    @Test
    void otherEventsAndEventsAboutNothingOfOursAreAcknowledged() {
        CardOrders.webhook(StripeEvents.other("payout.paid")).then().statusCode(200);
        CardOrders.webhook(StripeEvents.sessionExpired(StripeEvents.session("cs_test_unknown", "unpaid", 100, "eur",
                null, "X-1", Map.of()))).then().statusCode(200);
    }

    @Test
    void aConnectedAccountWithPayoutsEnabledMovesItsMemberToTheStripeRail() {
        CardOrders shop = CardOrders.open();
        String member = shop.member();
        String members = "/api/v1/consortia/{c}/members/{m}/payout-account";
        as(Tokens.person(shop.manager())).get(members, shop.shop(), member).then().statusCode(200)
                .body("rail", equalTo("manual"));
        as(Tokens.person(shop.manager())).post(members, shop.shop(), member).then().statusCode(200)
                .body("onboardingUrl", startsWith(STRIPE.baseUrl() + "/onboard/acct_"));
        as(Tokens.person(shop.manager())).post(members, shop.shop(), member).then().statusCode(200);
        assertThat(STRIPE.created("acct_"), equalTo(1));
        String account = as(Tokens.person(shop.manager())).get(members, shop.shop(), member).then()
                .body("payoutsEnabled", equalTo(false)).extract().path("accountId");

        CardOrders.webhook(StripeEvents.accountUpdated(account, true, Map.of())).then().statusCode(200);
        as(Tokens.person(shop.manager())).get(members, shop.shop(), member).then().body("rail", equalTo("stripe"))
                .body("payoutsEnabled", equalTo(true));
    }
}
