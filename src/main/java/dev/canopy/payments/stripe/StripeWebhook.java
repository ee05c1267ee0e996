package dev.canopy.payments.stripe;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Account;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;

import dev.canopy.payments.PaymentNotice;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.Unavailable;

/**
 * Checks a webhook's Stripe-Signature over the raw body with the endpoint's secret (five minutes'
 * tolerance) and tells what the event means. Anything unsigned, wrongly signed, stale, tampered or
 * unreadable is refused the same way: 400 naming the header, nothing done.
 */
@ApplicationScoped
public class StripeWebhook {

    static final long TOLERANCE_SECONDS = 300;
    public static final String SIGNATURE = "Stripe-Signature";

    @Inject
    StripeSettings settings;

    public PaymentNotice verify(String payload, String signature) {
        String secret = settings.webhookSecret().orElseThrow(() -> new Unavailable("Stripe webhooks are not set up"));
        if (signature == null || signature.isBlank()) {
            throw new InvalidInput(SIGNATURE, "is missing");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret, TOLERANCE_SECONDS);
        } catch (SignatureVerificationException | RuntimeException e) {
            // t=abc makes stripe-java throw NumberFormatException; a body that is not JSON, a parse error
            throw new InvalidInput(SIGNATURE, "does not verify this body");
        }
        StripeObject object = event.getDataObjectDeserializer().getObject().orElse(null);
        return notice(event, object);
    }

    private static PaymentNotice notice(Event event, StripeObject object) {
        String id = event.getId();
        String type = event.getType();
        if (object instanceof Session s && type.startsWith("checkout.session.")) {
            return session(id, type, s);
        }
        if (object instanceof Account a && type.equals("account.updated")) {
            return new PaymentNotice.AccountChanged(id, type, a.getId(), Boolean.TRUE.equals(a.getPayoutsEnabled()));
        }
        if (object instanceof Charge c && type.equals("charge.refunded")) {
            return new PaymentNotice.ChargeRefunded(id, type, c.getId(), c.getPaymentIntent(),
                    orZero(c.getAmountRefunded()), upper(c.getCurrency()));
        }
        if (object instanceof Dispute d && type.equals("charge.dispute.created")) {
            return new PaymentNotice.Disputed(id, type, d.getId(), d.getCharge(), d.getPaymentIntent(),
                    orZero(d.getAmount()), upper(d.getCurrency()), d.getReason());
        }
        return new PaymentNotice.Other(id, type);
    }

    private static PaymentNotice session(String id, String type, Session s) {
        return switch (type) {
            case "checkout.session.completed" -> "paid".equals(s.getPaymentStatus()) ? paid(id, type, s)
                    : new PaymentNotice.CardPending(id, type, s.getId());
            case "checkout.session.async_payment_succeeded" -> paid(id, type, s);
            case "checkout.session.expired", "checkout.session.async_payment_failed" ->
                new PaymentNotice.CardAbandoned(id, type, s.getId());
            default -> new PaymentNotice.Other(id, type);
        };
    }

    private static PaymentNotice paid(String id, String type, Session s) {
        return new PaymentNotice.CardPaid(id, type, s.getId(), orZero(s.getAmountTotal()), upper(s.getCurrency()),
                s.getPaymentIntent(), null);
    }

    private static long orZero(Long amount) {
        return amount == null ? 0 : amount;
    }

    private static String upper(String currency) {
        return currency == null ? "" : currency.toUpperCase(Locale.ROOT);
    }
}
