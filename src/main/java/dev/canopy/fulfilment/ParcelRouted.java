package dev.canopy.fulfilment;

import java.util.UUID;

/** Fired in the payment's transaction for each member's part of a paid order, with its frozen share. */
public record ParcelRouted(UUID fulfilmentId, UUID orderId, String orderNumber, UUID memberId, String currency,
        long memberShare) {
}
