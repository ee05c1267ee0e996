package dev.canopy.ordering;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.canopy.platform.Money;

/**
 * A cart as its holder sees it: every price read afresh, in the cart's currency; with a destination
 * ({@code ?country=}) also its shipping, parcels and total, exactly as checkout would charge them.
 */
public record CartView(UUID id, String currency, List<Line> lines, Money itemsTotal, boolean open,
        @JsonUnwrapped Destination destination) {

    public record Line(UUID id, UUID variantId, String sku, String title, Map<String, String> options, String member,
            int quantity, Money unitPrice, Money lineTotal, boolean available, Integer madeInDays) {
    }

    /**
     * Shipping to {@code country}. Where nobody ships there, {@code shipsThere} is false and shipping and
     * total are null: the cart is fine, the destination is not. A parcel's shipping is null when the
     * consortium sends all parcels together from its hub (the hub's price is then the whole shipping).
     */
    public record Destination(String country, boolean shipsThere, Money shipping, Money total,
            List<Parcel> parcels) {
    }

    /**
     * One member's lines (by line id), sent as one parcel; {@code ships}: the days it takes to arrive
     * (the maker's days first for pieces made to order), null when the brand promises none.
     */
    public record Parcel(String member, List<UUID> lines, Money shipping, ShippingQuotes.Delivery ships) {
    }
}
