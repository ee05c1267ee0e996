package dev.canopy.ordering;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.canopy.platform.Money;

/** A cart as its holder sees it: every price read afresh, in the cart's currency. */
public record CartView(UUID id, String currency, List<Line> lines, Money itemsTotal, boolean open) {

    public record Line(UUID id, UUID variantId, String sku, String title, Map<String, String> options, String member,
            int quantity, Money unitPrice, Money lineTotal, boolean available) {
    }
}
