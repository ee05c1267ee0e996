package dev.canopy.ordering;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The days a parcel takes to arrive, as the brand promises them. */
    record Delivery(int minDays, int maxDays) {

        /** Later by the days a maker needs first. */
        public Delivery after(int makingDays) {
            return new Delivery(minDays + makingDays, maxDays + makingDays);
        }
    }

    Quote quote(String destinationCountry, List<Parcel> parcels);

    /** The promised delivery days to that country; empty when none are set or it is not served. */
    Optional<Delivery> delivery(String destinationCountry);
}
