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

    /**
     * A variant with the price its member asks ({@code price}, as the editor sends it back) and the
     * price shoppers pay now ({@code livePrice}; null while nothing of it is on sale). When the two
     * differ, or {@code awaitingReview} (a variant added to a published product), the change waits for
     * the brand's review.
     */
    public record VariantView(UUID id, String sku, Map<String, String> options, Money price, int stock,
            Money livePrice, boolean awaitingReview) {

        static VariantView of(Variant v, boolean live) {
            return new VariantView(v.id, v.sku, v.options, v.askedPrice(), v.stock,
                    live && !v.awaitingReview ? v.livePrice() : null, v.awaitingReview);
        }

        /** A price change of a variant on sale that waits for the brand's review. */
        public boolean priceInReview() {
            return livePrice != null && !livePrice.equals(price);
        }
    }

    static ProductView of(Product p, String memberSlug, String categorySlug, List<Variant> variants) {
        return new ProductView(p.id, memberSlug, p.status, p.live != null, p.title, p.description, categorySlug,
                p.materials, p.technique, p.hsCode, p.originCountry, p.weightGrams, p.leadTimeDays, p.oneOfAKind,
                p.images, variants.stream().map(v -> VariantView.of(v, p.live != null)).toList(),
                p.rejectionReason, p.updatedAt, p.weeklyCapacity, p.care == null ? Map.of() : p.care);
    }
}
