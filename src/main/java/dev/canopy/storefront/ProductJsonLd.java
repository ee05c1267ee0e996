package dev.canopy.storefront;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.canopy.catalog.store.PublicProduct;
import dev.canopy.catalog.store.PublicProduct.Offer;

/**
 * The product as schema.org Product JSON-LD, for search engines. It sits in a
 * {@code <script type="application/ld+json">} data block, which browsers never run, so the CSP's
 * {@code script-src 'self'} does not apply to it.
 */
@ApplicationScoped
class ProductJsonLd {

    @Inject
    ObjectMapper json;

    /** Its links are absolute, from the shop's address (never the request's Host). */
    String of(PublicProduct product, Shop shop) {
        URI home = URI.create(shop.address());
        String page = home.resolve("products/" + product.id()).toString();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Product");
        ld.put("@id", page);
        ld.put("url", page);
        ld.put("name", product.title());
        put(ld, "description", product.description());
        ld.put("image", product.images().stream().map(i -> home.resolve(i.url()).toString()).toList());
        ld.put("brand", Map.of("@type", "Brand", "name", shop.consortium().name()));
        ld.put("manufacturer", Map.of("@type", "Organization", "name", product.member().name()));
        put(ld, "category", product.category() == null ? null : product.category().name());
        put(ld, "material", product.materials().isEmpty() ? null : String.join(", ", product.materials()));
        put(ld, "countryOfOrigin", product.originCountry());
        if (product.weightGrams() != null) {
            ld.put("weight", Map.of("@type", "QuantitativeValue", "value", product.weightGrams(), "unitCode", "GRM"));
        }
        if (shop.priced()) {
            ld.put("offers", product.variants().stream().map(o -> offer(o, page)).toList());
        }
        return write(ld);
    }

    private static Map<String, Object> offer(Offer offer, String page) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", "Offer");
        ld.put("sku", offer.sku());
        ld.put("price", StorefrontExtensions.major(offer.price()).toPlainString());
        ld.put("priceCurrency", offer.price().currency());
        ld.put("availability", offer.inStock() ? "https://schema.org/InStock" : "https://schema.org/OutOfStock");
        ld.put("url", page);
        return ld;
    }

    private String write(Map<String, Object> ld) {
        try {
            // "<" only occurs inside JSON strings, where \u003c means the same: no text can close the script element
            return json.writeValueAsString(ld).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Product not writable as JSON-LD", e);
        }
    }

    private static void put(Map<String, Object> ld, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            ld.put(key, value);
        }
    }
}
