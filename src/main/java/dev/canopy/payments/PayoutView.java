package dev.canopy.payments;

import java.time.Instant;
import java.util.UUID;

import dev.canopy.platform.Money;

/** A ledger entry as the API shows it; {@code member} is the member's slug. */
public record PayoutView(UUID id, String orderNumber, String member, Money amount, Payout.Rail rail,
        Payout.Status status, String externalId, String reference, String failure, Instant createdAt,
        Instant updatedAt) {

    static PayoutView of(Payout p, String memberSlug) {
        return new PayoutView(p.id, p.orderNumber, memberSlug, Money.of(p.amount, p.currency), p.rail, p.status,
                p.externalId, p.reference, p.failure, p.createdAt, p.updatedAt);
    }
}
