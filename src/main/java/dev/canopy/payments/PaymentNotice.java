package dev.canopy.payments;

/** What a payment provider's (signed, verified) event tells Canopy, in Canopy's words. */
public sealed interface PaymentNotice {

    String eventId();

    String type();

    /** A card page was paid; the charge is unknown when the event does not name it. */
    record CardPaid(String eventId, String type, String session, long amount, String currency, String paymentIntent,
            String charge) implements PaymentNotice {
    }

    /** A card page was completed with a payment that settles later (its success or failure follows). */
    record CardPending(String eventId, String type, String session) implements PaymentNotice {
    }

    /** A card page expired unpaid, or its delayed payment failed. */
    record CardAbandoned(String eventId, String type, String session) implements PaymentNotice {
    }

    record AccountChanged(String eventId, String type, String account, boolean payoutsEnabled)
            implements
                PaymentNotice {
    }

    record ChargeRefunded(String eventId, String type, String charge, String paymentIntent, long amountRefunded,
            String currency) implements PaymentNotice {
    }

    record Disputed(String eventId, String type, String dispute, String charge, String paymentIntent, long amount,
            String currency, String reason) implements PaymentNotice {
    }

    /** Any other event: acknowledged, nothing done. */
    record Other(String eventId, String type) implements PaymentNotice {
    }
}
