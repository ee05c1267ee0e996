package dev.canopy.catalog.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.canopy.platform.Money;

/** A published product as shoppers see it, in their language and currency. */
public record PublicProduct(UUID id, String title, String description, Maker member, CategoryRef category,
        List<Image> images, List<Offer> variants, List<String> materials, String technique, String hsCode,
        String originCountry, Integer weightGrams, Integer leadTimeDays, boolean oneOfAKind, String care) {

    public record Maker(String slug, String name) {
    }

    public record CategoryRef(String slug, String name) {
    }

    public record Image(String url, String thumbnailUrl, String alt) {
    }

    public record Offer(UUID id, String sku, Map<String, String> options, Money price, boolean inStock) {
    }
}
