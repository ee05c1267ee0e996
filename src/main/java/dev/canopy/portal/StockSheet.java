package dev.canopy.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.catalog.ProductDraft;
import dev.canopy.catalog.ProductDraft.VariantDraft;
import dev.canopy.catalog.ProductService;
import dev.canopy.catalog.ProductView;
import dev.canopy.platform.PageRequest;

/** Every variant of a workshop's products on one sheet, so an artisan counts stock once for all. */
@ApplicationScoped
class StockSheet {

    private static final int BATCH = 100;

    @Inject
    ProductService products;

    /** The workshop's products that can still be sold (not archived), newest change first. */
    @Transactional
    List<ProductView> of(String member) {
        List<ProductView> all = new ArrayList<>();
        for (int page = 0;; page++) {
            List<ProductView> batch = products.list(member, PageRequest.of(page, BATCH)).items();
            batch.stream().filter(p -> !"archived".equals(p.status().name())).forEach(all::add);
            if (batch.size() < BATCH) {
                return all;
            }
        }
    }

    /**
     * Sets the counted stock of each variant (by id) and changes only the products whose stock
     * differs; all or nothing. Stock needs no review, so published products stay as they are.
     */
    @Transactional
    void count(String member, Map<String, Integer> stockByVariant) {
        for (ProductView product : of(member)) {
            List<VariantDraft> variants = product.variants().stream()
                    .map(v -> new VariantDraft(v.id(), v.sku(), v.options(), v.price(),
                            stockByVariant.getOrDefault(v.id().toString(), v.stock())))
                    .toList();
            boolean changed = product.variants().stream()
                    .anyMatch(v -> !Objects.equals(stockByVariant.getOrDefault(v.id().toString(), v.stock()), v.stock()));
            if (changed) {
                products.change(member, product.id(), new ProductDraft(null, null, null, null, null, null, null, null,
                        null, null, null, variants));
            }
        }
    }
}
