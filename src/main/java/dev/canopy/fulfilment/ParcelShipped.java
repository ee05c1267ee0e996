package dev.canopy.fulfilment;

import java.util.UUID;

/** Fired in the transaction that marks a member's parcel sent: its payout becomes due. */
public record ParcelShipped(UUID fulfilmentId, UUID orderId, UUID memberId) {
}
