package dev.canopy.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The approved, public version of a product's texts, images and customs facts. */
public record LiveVersion(Map<String, String> title, Map<String, String> description, UUID categoryId,
        List<String> materials, String technique, String hsCode, String originCountry, Integer weightGrams,
        Integer leadTimeDays, boolean oneOfAKind, List<ProductImage> images, Map<String, String> care) {

    static LiveVersion of(Product p) {
        return new LiveVersion(Map.copyOf(p.title), Map.copyOf(p.description), p.categoryId, List.copyOf(p.materials),
                p.technique, p.hsCode, p.originCountry, p.weightGrams, p.leadTimeDays, p.oneOfAKind,
                List.copyOf(p.images), p.care == null ? Map.of() : Map.copyOf(p.care));
    }
}
