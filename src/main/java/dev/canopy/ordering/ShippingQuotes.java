package dev.canopy.ordering;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Prices the parcels of a checkout. Ordering asks; fulfilment, which owns zones and rates, answers
 * (so the earlier step of an order never depends on the later one).
 */
public interface ShippingQuotes {

    /** A member's share of the cart: its weight in grams. */
    record Parcel(UUID memberId, int weightGrams) {
    }

    /** Shipping per member in base-currency minor units, or empty when the destination is not served. */
    record Quote(boolean served, Map<UUID, Long> perMember, long total) {
    }

    Quote quote(String destinationCountry, List<Parcel> parcels);
}
