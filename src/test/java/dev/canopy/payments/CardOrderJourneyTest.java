package dev.canopy.payments;

import static dev.canopy.payments.CardOrders.STRIPE;
import static dev.canopy.testsupport.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.TestClock;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.stripe.StripeEvents;
import dev.canopy.testsupport.stripe.StripeStandIn;
import dev.canopy.testsupport.stripe.WithStripe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * A card order across two workshops: paid through Checkout, routed by the signed webhook, each
 * share in the ledger, paid by transfer (the onboarded workshop) or by hand (the other), then a
 * partial refund that reverses exactly the refunded workshop's share of what went back.
 */
@QuarkusTest
@TestProfile(WithStripe.class)
class CardOrderJourneyTest {

    private static final String PAYOUTS = "/api/v1/consortia/{c}/payouts";
    private static final String PARCELS = "/api/v1/consortia/{c}/members/{m}/fulfilments";

    @Inject
    TestClock clock;

    @BeforeEach
    void freshStripe() {
        STRIPE.reset();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aTwoWorkshopCardOrderIsPaidOutByTransferAndByHandThenAPartialRefundReversesTheRightShare() {
        CardOrders shop = CardOrders.open();
        String weavers = shop.member();
        String embroiderers = shop.member();
        String account = onboard(shop, weavers);
        CardOrders.Placed order = shop.checkout(2, shop.variant(weavers, 24000), shop.variant(embroiderers, 4500));
        Map<String, Object> paid = STRIPE.pay(order.session());
        CardOrders.webhook(StripeEvents.sessionCompleted(paid)).then().statusCode(200);
        String charge = STRIPE.chargeOf((String) paid.get("payment_intent"));

        // Held until each parcel ships; the rail was fixed now: the onboarded workshop by Stripe
        payouts(shop, weavers).body("items[0].status", equalTo("held")).body("items[0].rail", equalTo("stripe"))
                .body("items[0].amount.amount", equalTo(40800)).body("items[0].orderNumber", equalTo(order.number()));
        payouts(shop, embroiderers).body("items[0].status", equalTo("held")).body("items[0].rail", equalTo("manual"))
                .body("items[0].amount.amount", equalTo(7650));

        String weaversParcel = ship(shop, weavers);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> payouts(shop, weavers)
                .body("items[0].status", equalTo("paid")).body("items[0].externalId", startsWith("tr_")));
        List<StripeStandIn.Request> transfers = STRIPE.requests("POST", "/v1/transfers");
        assertThat(transfers, hasSize(1));
        Map<String, String> transfer = transfers.get(0).form();
        assertThat(transfer.get("amount"), equalTo("40800"));
        assertThat(transfer.get("currency"), equalTo("eur"));
        assertThat(transfer.get("destination"), equalTo(account));
        assertThat(transfer.get("source_transaction"), equalTo(charge));
        assertThat(transfer.get("transfer_group"), equalTo(order.number()));
        assertThat(transfers.get(0).headers().get("idempotency-key"), equalTo("payout:" + weaversParcel));

        ship(shop, embroiderers);
        String manual = payouts(shop, embroiderers).body("items[0].status", equalTo("due")).extract().path("items[0].id");
        as(Tokens.person(shop.manager())).body(Map.of("reference", "BANK-2026-118"))
                .post(PAYOUTS + "/{id}/mark-paid", shop.shop(), manual).then().statusCode(200)
                .body("status", equalTo("paid")).body("reference", equalTo("BANK-2026-118"));
        as(Tokens.person(shop.manager())).body(Map.of("reference", "again"))
                .post(PAYOUTS + "/{id}/mark-paid", shop.shop(), manual).then().statusCode(409);

        String carpetSku = shop.order(order.number()).then().extract().path("lines.find { it.unitPrice.amount == 24000 }.sku");
        String refund = as(Tokens.person(shop.manager()))
                .body(CardOrders.refund(List.of(Map.of("sku", carpetSku, "quantity", 1)), false, "One carpet arrived torn"))
                .post("/api/v1/consortia/{c}/orders/{n}/refunds", shop.shop(), order.number()).then().statusCode(201)
                .body("amount.amount", equalTo(24000)).body("status", equalTo("succeeded")).extract().path("id");

        List<StripeStandIn.Request> refunds = STRIPE.requests("POST", "/v1/refunds");
        assertThat(refunds, hasSize(1));
        assertThat(refunds.get(0).form().get("payment_intent"), equalTo(paid.get("payment_intent")));
        assertThat(refunds.get(0).form().get("amount"), equalTo("24000"));
        assertThat(refunds.get(0).form().get("reason"), equalTo("requested_by_customer"));
        assertThat(refunds.get(0).form().get("metadata[reason]"), equalTo("One carpet arrived torn"));
        assertThat(refunds.get(0).headers().get("idempotency-key"), equalTo("refund:" + refund));
        // The weavers give back their share of one carpet: 40800 × 24000 ÷ 48000; the embroiderers nothing
        List<StripeStandIn.Request> reversals = STRIPE.requests("POST", "/v1/transfers/");
        assertThat(reversals, hasSize(1));
        assertThat(reversals.get(0).path(), equalTo("/v1/transfers/" + payouts(shop, weavers).extract()
                .path("items[0].externalId") + "/reversals"));
        assertThat(reversals.get(0).form().get("amount"), equalTo("20400"));
        payouts(shop, embroiderers).body("items[0].status", equalTo("paid"));
        shop.order(order.number()).then().body("status", equalTo("partially_refunded"));

        // Two more carpets than are left: nothing reaches Stripe
        as(Tokens.person(shop.manager()))
                .body(CardOrders.refund(List.of(Map.of("sku", carpetSku, "quantity", 2)), false, "again"))
                .post("/api/v1/consortia/{c}/orders/{n}/refunds", shop.shop(), order.number()).then().statusCode(409);
        assertThat(STRIPE.requests("POST", "/v1/refunds"), hasSize(1));
    }

    @Test
    void aRefundBeforeTheParcelShipsLowersTheHeldShareAndReturnsTheStock() {
        CardOrders shop = CardOrders.open();
        String weavers = shop.member();
        onboard(shop, weavers);
        CardOrders.Placed order = shop.checkout(2, shop.variant(weavers, 10000));
        shop.pay(order);
        String sku = shop.order(order.number()).then().extract().path("lines[0].sku");
        as(Tokens.person(shop.manager()))
                .body(CardOrders.refund(List.of(Map.of("sku", sku, "quantity", 1)), false, "Changed their mind"))
                .post("/api/v1/consortia/{c}/orders/{n}/refunds", shop.shop(), order.number()).then().statusCode(201);
        // 17000 held, less 17000 × 10000 ÷ 20000; no transfer yet, so none to reverse
        payouts(shop, weavers).body("items[0].status", equalTo("held")).body("items[0].amount.amount", equalTo(8500));
        assertThat(STRIPE.requests("POST", "/v1/transfers/"), hasSize(0));
        ship(shop, weavers);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> payouts(shop, weavers)
                .body("items[0].status", equalTo("paid")));
        assertThat(STRIPE.requests("POST", "/v1/transfers").get(0).form().get("amount"), equalTo("8500"));
    }

    @Test
    void partialRefundsOneAfterAnotherThenTheRestRefundTheOrderExactlyOnce() {
        CardOrders shop = CardOrders.open();
        String weavers = shop.member();
        CardOrders.Placed order = shop.checkout(3, shop.variant(weavers, 10000));
        shop.pay(order);
        String sku = shop.order(order.number()).then().extract().path("lines[0].sku");
        String refunds = "/api/v1/consortia/{c}/orders/{n}/refunds";
        for (int i = 0; i < 2; i++) {
            as(Tokens.person(shop.manager())).body(CardOrders.refund(List.of(Map.of("sku", sku, "quantity", 1)), false,
                    "Unit " + i)).post(refunds, shop.shop(), order.number()).then().statusCode(201)
                    .body("amount.amount", equalTo(10000));
            shop.order(order.number()).then().body("status", equalTo("partially_refunded"));
        }
        // What is left: the last unit (and the shipping, when there is any); then nothing
        as(Tokens.person(shop.manager())).body(CardOrders.refund(List.of(), true, "The rest"))
                .post(refunds, shop.shop(), order.number()).then().statusCode(201)
                .body("amount.amount", equalTo((int) order.total() - 20000));
        shop.order(order.number()).then().body("status", equalTo("refunded"));
        as(Tokens.person(shop.manager())).body(CardOrders.refund(List.of(), true, "Again"))
                .post(refunds, shop.shop(), order.number()).then().statusCode(409);
        assertThat(STRIPE.created("re_"), equalTo(3));
        // The member was paid nothing yet: its held share (25500) went down by 8500 three times, to nothing
        payouts(shop, weavers).body("items[0].status", equalTo("reversed")).body("items[0].amount.amount", equalTo(0));
    }

    @Test
    void aFailedTransferStaysFailedWithItsReasonAndIsRetriedLaterWithoutPayingTwice() {
        CardOrders shop = CardOrders.open();
        String weavers = shop.member();
        onboard(shop, weavers);
        shop.pay(shop.checkout(1, shop.variant(weavers, 10000)));
        STRIPE.failNext(1000, 500);
        ship(shop, weavers);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> payouts(shop, weavers)
                .body("items[0].status", equalTo("failed")).body("items[0].failure", containsString("unavailable")));

        STRIPE.failNext(0, 500);
        clock.advance(Duration.ofHours(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> payouts(shop, weavers)
                .body("items[0].status", equalTo("paid")));
        assertThat(STRIPE.created("tr_"), equalTo(1));
    }

    @Test
    void aRefundWhileStripeIsDownIsRecordedPendingAndSentOnceWhenStripeIsBack() {
        CardOrders shop = CardOrders.open();
        CardOrders.Placed order = shop.checkout(1, shop.variant(shop.member(), 10000));
        shop.pay(order);
        STRIPE.down();
        String refunds = "/api/v1/consortia/{c}/orders/{n}/refunds";
        as(Tokens.person(shop.manager())).body(CardOrders.refund(List.of(), true, "Lost in the post"))
                .post(refunds, shop.shop(), order.number()).then().statusCode(201).body("status", equalTo("pending"))
                .body("amount.amount", equalTo((int) order.total())).body("failure", containsString("unavailable"));
        shop.order(order.number()).then().body("status", equalTo("refunded"));

        STRIPE.up();
        clock.advance(Duration.ofHours(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.person(shop.manager()))
                .get(refunds, shop.shop(), order.number()).then().body("[0].status", equalTo("succeeded")));
        assertThat(STRIPE.created("re_"), equalTo(1));
    }

    @Test
    void onlyManagersRefundAndAnArtisanSeesOnlyItsOwnPayouts() {
        CardOrders shop = CardOrders.open();
        String weavers = shop.member();
        String others = shop.member();
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(shop.shop(), weavers, shop.manager(), artisan);
        CardOrders.Placed order = shop.checkout(1, shop.variant(weavers, 10000));
        shop.pay(order);
        as(Tokens.person(artisan)).body(CardOrders.refund(List.of(), true, "mine"))
                .post("/api/v1/consortia/{c}/orders/{n}/refunds", shop.shop(), order.number()).then().statusCode(403);
        as(Tokens.person(artisan)).queryParam("member", weavers).get(PAYOUTS, shop.shop()).then().statusCode(200)
                .body("total", equalTo(1));
        as(Tokens.person(artisan)).queryParam("member", others).get(PAYOUTS, shop.shop()).then().statusCode(404);
        as(Tokens.person(artisan)).get(PAYOUTS, shop.shop()).then().statusCode(400);
        as(Tokens.person(artisan)).body(Map.of("reference", "x"))
                .post(PAYOUTS + "/{id}/mark-paid", shop.shop(), java.util.UUID.randomUUID()).then().statusCode(403);
        assertThat(STRIPE.requests("POST", "/v1/refunds"), hasSize(0));
    }

    /** The member opens its Stripe account and Stripe enables its payouts; answers the account id. */
    private static String onboard(CardOrders shop, String member) {
        String path = "/api/v1/consortia/{c}/members/{m}/payout-account";
        as(Tokens.person(shop.manager())).post(path, shop.shop(), member).then().statusCode(200);
        String account = as(Tokens.person(shop.manager())).get(path, shop.shop(), member).then().extract()
                .path("accountId");
        CardOrders.webhook(StripeEvents.accountUpdated(account, true, Map.of())).then().statusCode(200);
        return account;
    }

    /** The member's only parcel, sent; answers its id. */
    private static String ship(CardOrders shop, String member) {
        String parcel = as(Tokens.person(shop.manager())).get(PARCELS, shop.shop(), member).then().statusCode(200)
                .extract().path("items[0].id");
        as(Tokens.person(shop.manager())).body(Map.of("carrier", "La Poste", "trackingNumber", "LP" + parcel.hashCode()))
                .post(PARCELS + "/{id}/ship", shop.shop(), member, parcel).then().statusCode(200);
        return parcel;
    }

    private static ValidatableResponse payouts(CardOrders shop, String member) {
        return as(Tokens.person(shop.manager())).queryParam("member", member).get(PAYOUTS, shop.shop()).then()
                .statusCode(200).body("items", hasSize(1));
    }
}
