package dev.canopy.ordering;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.canopy.platform.Money;

/**
 * The parcels of an order as fulfilment tracks them. Ordering shows them in its order views;
 * fulfilment, the later step, provides them.
 */
public interface Parcels {

    record Member(String slug, String name) {
    }

    record Line(String sku, Map<String, String> title, int quantity, Money lineTotal) {
    }

    record Parcel(UUID id, String orderNumber, Member member, String status, List<Line> lines,
            ShippingAddress shippingAddress, String carrier, String trackingNumber, Money memberShare) {
    }

    List<Parcel> of(UUID orderId);
}
