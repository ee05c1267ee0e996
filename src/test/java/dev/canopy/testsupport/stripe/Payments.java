package dev.canopy.testsupport.stripe;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Payment intents, each with the one charge that paid it, and refunds of them. */
final class Payments {

    /** What a payment intent a test never registered is taken to be when the app asks for it. */
    static final long ASSUMED_AMOUNT = 10_000;
    static final String ASSUMED_CURRENCY = "eur";

    private static final Set<String> REFUND_REASONS = Set.of("duplicate", "fraudulent", "requested_by_customer");

    private final StripeObjects objects;

    Payments(StripeObjects objects) {
        this.objects = objects;
    }

    /** A succeeded payment intent and its charge; Stripe gives both the same suffix (pi_3Nx…, ch_3Nx…). */
    Map<String, Object> createPaymentIntent(long amount, String currency, String transferGroup,
            Map<String, String> metadata) {
        String suffix = StripeObjects.newId("");
        return createPaymentIntent("pi_" + suffix, "ch_" + suffix, amount, currency, transferGroup, metadata);
    }

    /** The stored payment intent; an unknown id is taken to be a payment made outside the test's sight. */
    Map<String, Object> paymentIntent(String id) {
        Map<String, Object> found = objects.find(id);
        if (found != null && "payment_intent".equals(found.get("object"))) {
            return found;
        }
        String charge = "ch_" + (id.startsWith("pi_") ? id.substring(3) : StripeObjects.newId(""));
        return createPaymentIntent(id, charge, ASSUMED_AMOUNT, ASSUMED_CURRENCY, null, Map.of());
    }

    Map<String, Object> refund(Form form) {
        String reason = form.get("reason");
        if (reason != null && !REFUND_REASONS.contains(reason)) {
            throw StripeFailure.invalid(
                    "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer", "reason");
        }
        Map<String, Object> paymentIntent = paidBy(form);
        Long amount = form.amount("amount");
        Map<String, Object> refund = objects.create(StripeObjects.newId("re_"), "refund");
        refund.put("amount", amount == null ? paymentIntent.get("amount") : amount);
        refund.put("balance_transaction", null);
        refund.put("charge", paymentIntent.get("latest_charge"));
        refund.put("currency", paymentIntent.get("currency"));
        refund.put("metadata", form.map("metadata"));
        refund.put("payment_intent", paymentIntent.get("id"));
        refund.put("reason", reason);
        refund.put("receipt_number", null);
        refund.put("status", "succeeded");
        return refund;
    }

    private Map<String, Object> paidBy(Form refund) {
        String paymentIntent = refund.get("payment_intent");
        if (paymentIntent != null) {
            return paymentIntent(paymentIntent);
        }
        String charge = refund.get("charge");
        if (charge == null) {
            throw StripeFailure.invalid(
                    "One of the following params should be provided for this request: payment_intent or charge.", null);
        }
        return paymentIntent((String) objects.require("charge", charge, "charge", 400).get("payment_intent"));
    }

    /** A succeeded card charge, as stored and as sent in {@code charge.*} events. */
    static Map<String, Object> charge(String id, String paymentIntent, long amount, long amountRefunded, String currency,
            String transferGroup, Map<String, String> metadata) {
        Map<String, Object> charge = StripeObjects.newObject(id, "charge");
        charge.put("amount", amount);
        charge.put("amount_captured", amount);
        charge.put("amount_refunded", amountRefunded);
        charge.put("balance_transaction", null);
        charge.put("captured", true);
        charge.put("currency", currency);
        charge.put("disputed", false);
        charge.put("metadata", Json.copy(metadata));
        charge.put("paid", true);
        charge.put("payment_intent", paymentIntent);
        charge.put("refunded", amountRefunded == amount);
        charge.put("status", "succeeded");
        charge.put("transfer_group", transferGroup);
        return charge;
    }

    private Map<String, Object> createPaymentIntent(String id, String chargeId, long amount, String currency,
            String transferGroup, Map<String, String> metadata) {
        objects.store(charge(chargeId, id, amount, 0, currency, transferGroup, metadata));

        Map<String, Object> paymentIntent = objects.create(id, "payment_intent");
        paymentIntent.put("amount", amount);
        paymentIntent.put("amount_capturable", 0L);
        paymentIntent.put("amount_received", amount);
        paymentIntent.put("capture_method", "automatic_async");
        paymentIntent.put("currency", currency);
        paymentIntent.put("latest_charge", chargeId);
        paymentIntent.put("metadata", Json.copy(metadata));
        paymentIntent.put("payment_method_types", List.of("card"));
        paymentIntent.put("status", "succeeded");
        paymentIntent.put("transfer_group", transferGroup);
        return paymentIntent;
    }
}
