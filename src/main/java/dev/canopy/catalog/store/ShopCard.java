package dev.canopy.catalog.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.canopy.catalog.ProductImage;
import dev.canopy.catalog.store.PublicProduct.CategoryRef;
import dev.canopy.catalog.store.PublicProduct.Maker;

/** A product card as the read model keeps it: one language, prices in the consortium's base currency. */
record ShopCard(UUID id, String title, String description, Maker member, CategoryRef category,
        List<ProductImage> images, List<Offer> variants, List<String> materials, String technique, String hsCode,
        String originCountry, Integer weightGrams, Integer leadTimeDays, boolean oneOfAKind, String care) {

    record Offer(UUID id, String sku, Map<String, String> options, long amount, String currency, boolean inStock) {
    }
}
