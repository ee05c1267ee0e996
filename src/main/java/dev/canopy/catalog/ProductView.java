package dev.canopy.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.canopy.platform.Money;

/** A product as its member and the managers see it: the working copy, with its review state. */
public record ProductView(UUID id, String member, Product.Status status, boolean live, Map<String, String> title,
        Map<String, String> description, String category, List<String> materials, String technique, String hsCode,
        String originCountry, Integer weightGrams, Integer leadTimeDays, boolean oneOfAKind, List<ProductImage> images,
        List<VariantView> variants, String rejectionReason, Instant updatedAt, Integer weeklyCapacity,
        Map<String, String> care) {

    public record VariantView(UUID id, String sku, Map<String, String> options, Money price, int stock) {
        static VariantView of(Variant v) {
            return new VariantView(v.id, v.sku, v.options, Money.of(v.priceAmount, v.priceCurrency), v.stock);
        }
    }

    static ProductView of(Product p, String memberSlug, String categorySlug, List<Variant> variants) {
        return new ProductView(p.id, memberSlug, p.status, p.live != null, p.title, p.description, categorySlug,
                p.materials, p.technique, p.hsCode, p.originCountry, p.weightGrams, p.leadTimeDays, p.oneOfAKind,
                p.images, variants.stream().map(VariantView::of).toList(), p.rejectionReason, p.updatedAt,
                p.weeklyCapacity, p.care == null ? Map.of() : p.care);
    }
}
