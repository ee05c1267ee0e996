package dev.canopy.ordering;

import java.util.UUID;

/** Fired inside the transaction that marks an order paid: fulfilment routes it to the members. */
public record OrderPaid(UUID orderId, String orderNumber) {
}
