package dev.canopy.payments;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import dev.canopy.payments.stripe.StripeWebhook;

/** Stripe's events arrive here. No login: the signature over the raw body is the proof. */
@Path("/api/v1/payments/stripe/webhook")
class PaymentWebhookResource {

    @Inject
    StripeWebhook webhook;
    @Inject
    PaymentNotices notices;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Map<String, Boolean> receive(byte[] body, @HeaderParam(StripeWebhook.SIGNATURE) String signature) {
        notices.handle(webhook.verify(new String(body, StandardCharsets.UTF_8), signature));
        return Map.of("received", true);
    }
}
