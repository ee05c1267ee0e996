package dev.canopy.testsupport.stripe;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checkout Sessions: created open and unpaid, paid when a test says the buyer paid. */
final class CheckoutSessions {

    private static final long MIN_LIFETIME = Duration.ofMinutes(30).toSeconds();
    private static final long MAX_LIFETIME = Duration.ofHours(24).toSeconds();

    private final StripeObjects objects;
    private final Payments payments;
    private final String baseUrl;
    /**
     * What each session was created with: its payment intent, made only on payment, takes transfer group and metadata from it.
     */
    private final Map<String, Form> createdWith = new HashMap<>();

    CheckoutSessions(StripeObjects objects, Payments payments, String baseUrl) {
        this.objects = objects;
        this.payments = payments;
        this.baseUrl = baseUrl;
    }

    Map<String, Object> create(Form form) {
        String mode = form.required("mode");
        long expiresAt = expiresAt(form);
        long subtotal = subtotal(form);
        Long shipping = form.amount("shipping_options[0][shipping_rate_data][fixed_amount][amount]");
        String currency = form.get("currency") != null ? form.currency("currency")
                : form.currency("line_items[0][price_data][currency]");

        String id = StripeObjects.newId("cs_test_");
        Map<String, Object> session = objects.create(id, "checkout.session");
        session.put("amount_subtotal", subtotal);
        session.put("amount_total", subtotal + (shipping == null ? 0 : shipping));
        session.put("cancel_url", form.get("cancel_url"));
        session.put("client_reference_id", form.get("client_reference_id"));
        session.put("currency", currency);
        session.put("customer", null);
        session.put("customer_email", form.get("customer_email"));
        session.put("expires_at", expiresAt);
        session.put("metadata", form.map("metadata"));
        session.put("mode", mode);
        session.put("payment_intent", null);
        session.put("payment_status", "unpaid");
        session.put("shipping_cost", shipping == null ? null : shippingCost(shipping));
        session.put("status", "open");
        session.put("success_url", form.get("success_url"));
        session.put("total_details", Map.of("amount_discount", 0L, "amount_shipping", shipping == null ? 0L : shipping,
                "amount_tax", 0L));
        session.put("url", baseUrl + "/pay/" + id);
        createdWith.put(id, form);
        return session;
    }

    /** The buyer paid by card: the session completes, paid, with a new succeeded payment intent. */
    Map<String, Object> pay(String id) {
        Map<String, Object> session = objects.require("checkout.session", id, "id", 404);
        if (!"open".equals(session.get("status"))) {
            throw new IllegalStateException("Session " + id + " is " + session.get("status") + ", not open");
        }
        Form form = createdWith.get(id);
        Map<String, Object> paymentIntent = payments.createPaymentIntent((Long) session.get("amount_total"),
                (String) session.get("currency"), form.get("payment_intent_data[transfer_group]"),
                form.map("payment_intent_data[metadata]"));
        session.put("payment_intent", paymentIntent.get("id"));
        session.put("payment_status", "paid");
        session.put("status", "complete");
        return session;
    }

    /** Stripe refuses a session that expires sooner than 30 minutes or later than 24 hours from its creation. */
    private static long expiresAt(Form form) {
        long now = StripeObjects.now();
        Long expiresAt = form.amount("expires_at");
        if (expiresAt == null) {
            return now + MAX_LIFETIME;
        }
        if (expiresAt - now < MIN_LIFETIME) {
            throw StripeFailure.invalid(
                    "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
                    "expires_at");
        }
        if (expiresAt - now > MAX_LIFETIME) {
            throw StripeFailure.invalid(
                    "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.",
                    "expires_at");
        }
        return expiresAt;
    }

    private static long subtotal(Form form) {
        long subtotal = 0;
        for (int i = 0; form.hasAny("line_items[" + i + "]"); i++) {
            String item = "line_items[" + i + "]";
            subtotal += form.requiredAmount(item + "[price_data][unit_amount]") * form.requiredAmount(item + "[quantity]");
        }
        return subtotal;
    }

    private static Map<String, Object> shippingCost(long amount) {
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("amount_subtotal", amount);
        cost.put("amount_tax", 0L);
        cost.put("amount_total", amount);
        cost.put("shipping_rate", StripeObjects.newId("shr_"));
        return cost;
    }
}
