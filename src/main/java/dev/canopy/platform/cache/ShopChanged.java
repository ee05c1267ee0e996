package dev.canopy.platform.cache;

import java.util.UUID;

/**
 * What shoppers see of a consortium changed (a product, a price, a stock level, a member, a rate,
 * the storefront's facts); {@code consortium} is null when anything may have changed.
 */
public record ShopChanged(UUID consortium) {

    public static ShopChanged everything() {
        return new ShopChanged(null);
    }
}
