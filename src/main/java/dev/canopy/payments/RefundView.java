package dev.canopy.payments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.canopy.ordering.TakeBack;
import dev.canopy.platform.Money;

/** A refund as the manager sees it: how much, of what, how it goes back and where it stands. */
public record RefundView(UUID id, Money amount, Money shipping, List<TakeBack.Returned> lines, String reason,
        Payout.Rail rail, Refund.Status status, String externalId, String failure, Instant createdAt) {

    static RefundView of(Refund r) {
        return new RefundView(r.id, Money.of(r.amount, r.currency), Money.of(r.shippingAmount, r.currency), r.lines,
                r.reason, r.rail, r.status, r.externalId, r.failure, r.createdAt);
    }
}
