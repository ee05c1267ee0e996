package dev.canopy.testsupport.stripe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.stripe.Stripe;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Account;
import com.stripe.model.AccountLink;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Payout;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import com.stripe.model.Transfer;
import com.stripe.model.TransferReversal;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.ShippingOption;
import com.stripe.param.checkout.SessionCreateParams.ShippingOption.ShippingRateData;

import dev.canopy.testsupport.stripe.StripeStandIn.Request;

/** stripe-java itself, as the app uses it, against the stand-in; and the stand-in's webhooks against stripe-java's verifier. */
class StripeStandInTest {

    private static final StripeStandIn STRIPE = StripeStandIn.shared();

    private final StripeClient stripe = client(StripeStandIn.SECRET_KEY, 2_000);

    @BeforeEach
    void forgetEverything() {
        STRIPE.reset();
    }

    @Test
    void aCheckoutSessionTotalsItsLinesAndShipping() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(checkout("order-1"));

        assertTrue(session.getId().startsWith("cs_test_"));
        assertEquals(2 * 1_500 + 4_000 + 690, session.getAmountTotal());
        assertEquals(2 * 1_500 + 4_000, session.getAmountSubtotal());
        assertEquals(690, session.getTotalDetails().getAmountShipping());
        assertEquals("eur", session.getCurrency());
        assertEquals("open", session.getStatus());
        assertEquals("unpaid", session.getPaymentStatus());
        assertNull(session.getPaymentIntent());
        assertEquals("order-1", session.getClientReferenceId());
        assertEquals(Map.of("order", "order-1"), session.getMetadata());
        assertEquals(STRIPE.baseUrl() + "/pay/" + session.getId(), session.getUrl());
        assertEquals(session.getId(), stripe.v1().checkout().sessions().retrieve(session.getId()).getId());
    }

    @Test
    void theRequestIsRecordedAsStripeJavaSentIt() throws Exception {
        stripe.v1().checkout().sessions().create(checkout("order-2"), idempotencyKey("checkout-order-2"));

        Request request = STRIPE.requests("POST", "/v1/checkout/sessions").get(0);
        assertEquals("1500", request.form().get("line_items[0][price_data][unit_amount]"));
        assertEquals("2", request.form().get("line_items[0][quantity]"));
        assertEquals("690", request.form().get("shipping_options[0][shipping_rate_data][fixed_amount][amount]"));
        assertEquals("group-order-2", request.form().get("payment_intent_data[transfer_group]"));
        assertEquals("order-2", request.form().get("metadata[order]"));
        assertEquals("checkout-order-2", request.headers().get("idempotency-key"));
        assertEquals("Bearer " + StripeStandIn.SECRET_KEY, request.headers().get("authorization"));
        assertEquals(Stripe.API_VERSION, request.headers().get("stripe-version"));
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstSessionAgain() throws Exception {
        // the very same parameters: an expires_at computed afresh for the retry would be refused, as by Stripe
        SessionCreateParams checkout = checkout("order-3");
        Session first = stripe.v1().checkout().sessions().create(checkout, idempotencyKey("checkout-order-3"));
        Session again = stripe.v1().checkout().sessions().create(checkout, idempotencyKey("checkout-order-3"));

        assertEquals(first.getId(), again.getId());
        assertEquals(1, STRIPE.created("cs_"));
        assertEquals(2, STRIPE.requests("POST", "/v1/checkout/sessions").size());
    }

    @Test
    void aKeyReusedWithOtherParametersIsRefused() throws Exception {
        stripe.v1().checkout().sessions().create(checkout("order-4"), idempotencyKey("checkout-order-4"));

        assertThrows(IdempotencyException.class,
                () -> stripe.v1().checkout().sessions().create(checkout("order-5"), idempotencyKey("checkout-order-4")));
        assertEquals(1, STRIPE.created("cs_"));
    }

    @Test
    void aSessionMustExpireBetween30MinutesAnd24HoursFromNow() {
        long now = Instant.now().getEpochSecond();
        for (long expiresAt : List.of(now + 20 * 60, now + 25 * 3600)) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.v1().checkout()
                    .sessions().create(checkout("order-6", expiresAt)));
            assertEquals("expires_at", refused.getStripeError().getParam());
        }
        assertEquals(0, STRIPE.created("cs_"));
    }

    @Test
    void aPaidSessionHasAPaymentIntentWhoseChargeExpands() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(checkout("order-7"));
        STRIPE.pay(session.getId());

        Session paid = stripe.v1().checkout().sessions().retrieve(session.getId());
        PaymentIntent payment = stripe.v1().paymentIntents().retrieve(paid.getPaymentIntent(),
                PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build());

        assertEquals("paid", paid.getPaymentStatus());
        assertEquals(paid.getAmountTotal(), payment.getAmount());
        assertEquals("group-order-7", payment.getTransferGroup());
        assertEquals(STRIPE.chargeOf(payment.getId()), payment.getLatestChargeObject().getId());
        assertEquals("latest_charge", STRIPE.requests("GET", "/v1/payment_intents/").get(0).form().get("expand[0]"));
    }

    @Test
    void anUnknownPaymentIntentIsMadeUpWithItsCharge() throws Exception {
        PaymentIntent payment = stripe.v1().paymentIntents().retrieve("pi_never_registered");

        assertEquals("succeeded", payment.getStatus());
        assertEquals(STRIPE.chargeOf("pi_never_registered"), payment.getLatestCharge());
    }

    @Test
    void aConnectedAccountStartsDisabledAndGetsAnOnboardingLink() throws Exception {
        Account account = stripe.v1().accounts().create(AccountCreateParams.builder()
                .setType(AccountCreateParams.Type.EXPRESS).setCountry("DE").setEmail("maker@example.org")
                .putMetadata("maker", "m-1")
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .build());
        AccountLink link = stripe.v1().accountLinks().create(AccountLinkCreateParams.builder().setAccount(account.getId())
                .setRefreshUrl("https://canopy.test/refresh").setReturnUrl("https://canopy.test/return")
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).build());

        assertTrue(account.getId().startsWith("acct_"));
        assertEquals("express", account.getType());
        assertEquals(false, account.getPayoutsEnabled());
        assertEquals("inactive", account.getCapabilities().getTransfers());
        assertEquals(Map.of("maker", "m-1"), account.getMetadata());
        assertEquals(STRIPE.baseUrl() + "/onboard/" + account.getId(), link.getUrl());
        assertTrue(link.getExpiresAt() > link.getCreated());
    }

    @Test
    void aTransferIsReversedInPartsButNeverBeyondItsAmount() throws Exception {
        String charge = STRIPE.chargeOf(STRIPE.paymentIntent(10_000, "eur", "group-order-8"));
        Transfer transfer = stripe.v1().transfers().create(TransferCreateParams.builder().setAmount(8_000L)
                .setCurrency("eur").setDestination("acct_maker").setSourceTransaction(charge)
                .setTransferGroup("group-order-8").putMetadata("order", "order-8").build());

        TransferReversal reversal = stripe.v1().transfers().reversals().create(transfer.getId(),
                TransferReversalCreateParams.builder().setAmount(3_000L).build());
        assertThrows(InvalidRequestException.class, () -> stripe.v1().transfers().reversals().create(transfer.getId(),
                TransferReversalCreateParams.builder().setAmount(6_000L).build()));

        assertTrue(reversal.getId().startsWith("trr_"));
        assertEquals(3_000, reversal.getAmount());
        assertEquals(transfer.getId(), reversal.getTransfer());
        assertEquals(0, transfer.getAmountReversed());
        assertEquals(charge, transfer.getSourceTransaction());
        assertEquals(3_000, stripe.v1().transfers().retrieve(transfer.getId()).getAmountReversed());
        assertEquals(1, STRIPE.created("trr_"));
    }

    @Test
    void refundsTakeOnlyStripesReasons() throws Exception {
        String payment = STRIPE.paymentIntent(5_000, "eur", null);

        Refund refund = stripe.v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(payment)
                .setAmount(2_000L).setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).build());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> stripe.v1().refunds()
                .create(RefundCreateParams.builder().setPaymentIntent(payment).putExtraParam("reason", "damaged").build()));

        assertEquals(2_000, refund.getAmount());
        assertEquals("eur", refund.getCurrency());
        assertEquals(STRIPE.chargeOf(payment), refund.getCharge());
        assertEquals("succeeded", refund.getStatus());
        assertEquals("reason", refused.getStripeError().getParam());
        assertEquals(1, STRIPE.created("re_"));
    }

    @Test
    void aRequestWithoutASecretKeyIsRefused() {
        assertThrows(AuthenticationException.class,
                () -> client("pk_test_public", 2_000).v1().paymentIntents().retrieve("pi_any"));
    }

    @Test
    void oneServerErrorIsRetriedAway() throws Exception {
        STRIPE.failNext(1, 500);

        Session session = stripe.v1().checkout().sessions().create(checkout("order-9"));

        List<Request> attempts = STRIPE.requests("POST", "/v1/checkout/sessions");
        assertEquals(2, attempts.size());
        // stripe-java made up one idempotency key and kept it for its retry
        assertEquals(attempts.get(0).headers().get("idempotency-key"), attempts.get(1).headers().get("idempotency-key"));
        assertEquals(1, STRIPE.created("cs_"));
        assertNotNull(session.getId());
    }

    @Test
    void serverErrorsBeyondTheRetriesEndInAnApiException() {
        STRIPE.failNext(10, 500);

        assertThrows(ApiException.class, () -> stripe.v1().checkout().sessions().create(checkout("order-10")));
        assertEquals(3, STRIPE.requests().size());
    }

    @Test
    void aRateLimitIsNotRetried() {
        STRIPE.failNext(1, 429);

        assertThrows(RateLimitException.class, () -> stripe.v1().paymentIntents().retrieve("pi_any"));
        assertEquals(1, STRIPE.requests().size());
    }

    @Test
    void whileDownConnectionsAreRefusedAndBackUpEverythingIsThere() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(checkout("order-11"));
        STRIPE.down();

        assertThrows(ApiConnectionException.class, () -> stripe.v1().checkout().sessions().retrieve(session.getId()));

        STRIPE.up();
        assertEquals(session.getId(), stripe.v1().checkout().sessions().retrieve(session.getId()).getId());
    }

    @Test
    void aSlowAnswerTimesOutAndItsRetriesCreateNothingMore() {
        STRIPE.slow(Duration.ofSeconds(3));

        assertThrows(ApiConnectionException.class, () -> client(StripeStandIn.SECRET_KEY, 1_000).v1().transfers()
                .create(TransferCreateParams.builder().setAmount(1_000L).setCurrency("eur").setDestination("acct_maker")
                        .build()));
        // the first attempt made the transfer before its answer was held back; the retries replayed it
        assertEquals(1, STRIPE.created("tr_"));
    }

    @Test
    void everyEventIsVerifiedAndDeserializedByStripeJava() throws Exception {
        Session session = stripe.v1().checkout().sessions().create(checkout("order-12"));
        Map<String, Object> paid = STRIPE.pay(session.getId());
        Map<String, Object> madeUp = StripeEvents.session("cs_test_made_up", "unpaid", 4_200, "eur", "pi_made_up",
                "order-13", Map.of("order", "order-13"));

        Session completed = (Session) verified(StripeEvents.sessionCompleted(paid));
        assertEquals("complete", completed.getStatus());
        assertEquals("paid", completed.getPaymentStatus());
        assertEquals(paid.get("payment_intent"), completed.getPaymentIntent());
        assertEquals(Map.of("order", "order-12"), completed.getMetadata());
        assertEquals("paid", ((Session) verified(StripeEvents.asyncPaymentSucceeded(madeUp))).getPaymentStatus());
        assertEquals("unpaid", ((Session) verified(StripeEvents.asyncPaymentFailed(madeUp))).getPaymentStatus());
        assertEquals("expired", ((Session) verified(StripeEvents.sessionExpired(STRIPE.object(session.getId()))))
                .getStatus());
        assertEquals(true, ((Account) verified(StripeEvents.accountUpdated("acct_maker", true, Map.of()))).getPayoutsEnabled());
        assertEquals(2_000, ((Charge) verified(StripeEvents.chargeRefunded("ch_1", "pi_1", 5_000, 2_000, "eur")))
                .getAmountRefunded());
        assertEquals("fraudulent", ((Dispute) verified(StripeEvents.disputeCreated("dp_1", "ch_1", "pi_1", 5_000, "eur",
                "fraudulent"))).getReason());
        assertInstanceOf(Payout.class, verified(StripeEvents.other("payout.paid")));
    }

    @Test
    void eachEventHasItsOwnIdUnlessOneIsChosen() throws Exception {
        String event = StripeEvents.other("payout.paid");

        assertNotEquals(event(event).getId(), event(StripeEvents.other("payout.paid")).getId());
        assertEquals("evt_chosen", event(StripeEvents.withId("evt_chosen", event)).getId());
    }

    @Test
    void aTamperedStaleOrWronglySignedEventIsRejected() {
        String payload = StripeEvents.chargeRefunded("ch_1", "pi_1", 5_000, 5_000, "eur");
        String secret = StripeStandIn.WEBHOOK_SECRET;
        long tenMinutesAgo = Instant.now().minusSeconds(600).getEpochSecond();

        assertThrows(SignatureVerificationException.class, () -> Webhook.constructEvent(
                payload.replace("5000", "50000"), StripeSignatures.header(payload, secret), secret, 300));
        assertThrows(SignatureVerificationException.class, () -> Webhook.constructEvent(
                payload, StripeSignatures.header(payload, "whsec_other"), secret, 300));
        assertThrows(SignatureVerificationException.class, () -> Webhook.constructEvent(
                payload, StripeSignatures.header(payload, secret, tenMinutesAgo), secret, 300));
        String signature = StripeSignatures.header(payload, secret);
        assertThrows(NumberFormatException.class, () -> Webhook.constructEvent(
                payload, "t=abc" + signature.substring(signature.indexOf(',')), secret, 300));
    }

    private static StripeObject verified(String payload) throws SignatureVerificationException {
        return event(payload).getDataObjectDeserializer().getObject().orElseThrow();
    }

    private static Event event(String payload) throws SignatureVerificationException {
        return Webhook.constructEvent(payload, StripeSignatures.header(payload, StripeStandIn.WEBHOOK_SECRET),
                StripeStandIn.WEBHOOK_SECRET, 300);
    }

    private static StripeClient client(String apiKey, int readTimeoutMillis) {
        return StripeClient.builder().setApiKey(apiKey).setApiBase(STRIPE.baseUrl()).setConnectBase(STRIPE.baseUrl())
                .setFilesBase(STRIPE.baseUrl()).setConnectTimeout(2_000).setReadTimeout(readTimeoutMillis)
                .setMaxNetworkRetries(2).build();
    }

    private static RequestOptions idempotencyKey(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    /** Two lines (2 × 15.00 and 40.00 EUR) and 6.90 shipping, as the app will send them. */
    private static SessionCreateParams checkout(String order) {
        return checkout(order, Instant.now().plus(Duration.ofHours(1)).getEpochSecond());
    }

    private static SessionCreateParams checkout(String order, long expiresAt) {
        return SessionCreateParams.builder().setMode(SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl("https://canopy.test/orders/" + order + "/paid")
                .setCancelUrl("https://canopy.test/orders/" + order).setClientReferenceId(order)
                .setCustomerEmail("buyer@example.org").putMetadata("order", order)
                .setExpiresAt(expiresAt)
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().setTransferGroup("group-" + order)
                        .build())
                .addLineItem(line("Kilim", 1_500, 2)).addLineItem(line("Suzani", 4_000, 1))
                .addShippingOption(ShippingOption.builder().setShippingRateData(ShippingRateData.builder()
                        .setDisplayName("Parcel").setType(ShippingRateData.Type.FIXED_AMOUNT)
                        .setFixedAmount(ShippingRateData.FixedAmount.builder().setAmount(690L).setCurrency("eur").build())
                        .build()).build())
                .build();
    }

    private static LineItem line(String name, long unitAmount, long quantity) {
        return LineItem.builder().setQuantity(quantity).setPriceData(PriceData.builder().setCurrency("eur")
                .setUnitAmount(unitAmount).setProductData(PriceData.ProductData.builder().setName(name).build()).build())
                .build();
    }
}
