package dev.canopy.catalog;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class VariantRepository implements PanacheRepositoryBase<Variant, UUID> {

    List<Variant> ofProduct(UUID productId) {
        return list("productId", Sort.by("position"), productId);
    }

    List<Variant> ofProducts(Collection<UUID> productIds) {
        return productIds.isEmpty() ? List.of() : list("productId in ?1", Sort.by("position"), productIds);
    }

    boolean skuTakenByAnother(String sku, UUID variantId) {
        return count("sku = ?1 and id <> ?2", sku, variantId) > 0;
    }
}
