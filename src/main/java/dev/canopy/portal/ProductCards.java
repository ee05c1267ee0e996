package dev.canopy.portal;

import java.util.Comparator;
import java.util.stream.Collectors;

import dev.canopy.catalog.ProductView;
import dev.canopy.catalog.ProductView.VariantView;
import io.quarkus.qute.TemplateExtension;

/** What a product's card on the artisan's list shows of it: its lowest price and all its stock. */
@TemplateExtension
class ProductCards {

    private ProductCards() {
    }

    /** The lowest variant price, as the editor writes prices (240.50 EUR); empty with no variant. */
    static String lowestPrice(ProductView product) {
        return product.variants().stream().map(VariantView::price).min(Comparator.comparingLong(p -> p.amount()))
                .map(PortalExtensions::money).orElse("");
    }

    static int totalStock(ProductView product) {
        return product.variants().stream().mapToInt(VariantView::stock).sum();
    }

    /** A variant named as the artisan knows it: its SKU, then its options (KILIM-1 · 120x180 · red). */
    static String named(VariantView variant) {
        return variant.options().isEmpty() ? variant.sku()
                : variant.sku() + " · " + variant.options().values().stream().collect(Collectors.joining(" · "));
    }
}
