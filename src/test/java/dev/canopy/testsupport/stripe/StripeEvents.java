package dev.canopy.testsupport.stripe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.stripe.Stripe;

/**
 * Webhook event payloads in Stripe's shape, each with a fresh {@code evt_} id; sign them with
 * {@link StripeSignatures}. Their {@code api_version} is stripe-java's pinned version: with any other,
 * stripe-java will not deserialize {@code data.object}.
 */
public final class StripeEvents {

    private StripeEvents() {
    }

    /** Any {@code checkout.session.*} event carrying that session as it is. */
    public static String checkoutSession(String type, Map<String, Object> session) {
        return event(type, session, null);
    }

    /** The buyer finished checkout; {@code payment_status} stays as given ({@code unpaid} while a bank debit is pending). */
    public static String sessionCompleted(Map<String, Object> session) {
        return checkoutSession("checkout.session.completed", with(session, "complete", (String) session.get("payment_status")));
    }

    public static String asyncPaymentSucceeded(Map<String, Object> session) {
        return checkoutSession("checkout.session.async_payment_succeeded", with(session, "complete", "paid"));
    }

    public static String asyncPaymentFailed(Map<String, Object> session) {
        return checkoutSession("checkout.session.async_payment_failed", with(session, "complete", "unpaid"));
    }

    public static String sessionExpired(Map<String, Object> session) {
        return checkoutSession("checkout.session.expired", with(session, "expired", "unpaid"));
    }

    /** A session made up by the test (one the stand-in created is at hand with {@link StripeStandIn#object}). */
    public static Map<String, Object> session(String id, String paymentStatus, long amountTotal, String currency,
            String paymentIntent, String clientReferenceId, Map<String, String> metadata) {
        Map<String, Object> session = StripeObjects.newObject(id, "checkout.session");
        session.put("amount_subtotal", amountTotal);
        session.put("amount_total", amountTotal);
        session.put("client_reference_id", clientReferenceId);
        session.put("currency", currency);
        session.put("customer", null);
        session.put("expires_at", (Long) session.get("created") + 24 * 3600);
        session.put("metadata", Json.copy(metadata));
        session.put("mode", "payment");
        session.put("payment_intent", paymentIntent);
        session.put("payment_status", paymentStatus);
        session.put("status", "open");
        session.put("url", null);
        return session;
    }

    /** Sent to the platform for a connected account, so the event names that account. */
    public static String accountUpdated(String accountId, boolean payoutsEnabled, Map<String, String> metadata) {
        Map<String, Object> account = StripeObjects.newObject(accountId, "account");
        account.put("capabilities", Map.of("transfers", payoutsEnabled ? "active" : "inactive"));
        account.put("charges_enabled", payoutsEnabled);
        account.put("details_submitted", payoutsEnabled);
        account.put("metadata", Json.copy(metadata));
        account.put("payouts_enabled", payoutsEnabled);
        account.put("type", "express");
        return event("account.updated", account, accountId);
    }

    public static String chargeRefunded(String chargeId, String paymentIntent, long amount, long amountRefunded,
            String currency) {
        return event("charge.refunded",
                Payments.charge(chargeId, paymentIntent, amount, amountRefunded, currency, null, Map.of()), null);
    }

    public static String disputeCreated(String disputeId, String chargeId, String paymentIntent, long amount,
            String currency, String reason) {
        Map<String, Object> dispute = StripeObjects.newObject(disputeId, "dispute");
        dispute.put("amount", amount);
        dispute.put("balance_transactions", List.of());
        dispute.put("charge", chargeId);
        dispute.put("currency", currency);
        dispute.put("is_charge_refundable", false);
        dispute.put("metadata", Map.of());
        dispute.put("payment_intent", paymentIntent);
        dispute.put("reason", reason);
        dispute.put("status", "needs_response");
        return event("charge.dispute.created", dispute, null);
    }

    /** An event of a type the app does not handle, e.g. {@code payout.paid}, about a bare object of that kind. */
    public static String other(String type) {
        String object = type.substring(0, type.lastIndexOf('.'));
        return event(type, StripeObjects.newObject(StripeObjects.newId("obj_"), object), null);
    }

    /** The same event under a chosen id, e.g. to send an event again as Stripe does when unsure it arrived. */
    public static String withId(String eventId, String payload) {
        Map<String, Object> event = Json.read(payload);
        event.put("id", eventId);
        return Json.write(event);
    }

    private static Map<String, Object> with(Map<String, Object> session, String status, String paymentStatus) {
        Map<String, Object> changed = Json.copy(session);
        changed.put("status", status);
        changed.put("payment_status", paymentStatus);
        // Stripe's page for a session is gone once the session is complete or expired
        changed.put("url", null);
        return changed;
    }

    private static String event(String type, Map<String, Object> object, String account) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", StripeObjects.newId("evt_"));
        event.put("object", "event");
        if (account != null) {
            event.put("account", account);
        }
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", StripeObjects.now());
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("id", null);
        request.put("idempotency_key", null);
        event.put("request", request);
        event.put("type", type);
        event.put("data", Map.of("object", object));
        return Json.write(event);
    }
}
