package dev.canopy.payments;

import dev.canopy.platform.errors.DomainException;

/** The payment provider understood the request and refused it; retrying the same request will not help. */
public class PaymentFailed extends DomainException {

    public PaymentFailed(String detail) {
        super(502, "Payment provider refused", detail);
    }
}
