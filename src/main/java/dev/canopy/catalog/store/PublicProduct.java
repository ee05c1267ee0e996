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

    /** A photo at its display size (width × height, its own shape) and as a thumbnail (thumbnailWidth × …). */
    public record Image(String url, String thumbnailUrl, String alt, int width, int height, int thumbnailWidth,
            int thumbnailHeight) {
    }

    public record Offer(UUID id, String sku, Map<String, String> options, Money price, boolean inStock) {
    }
}
