package dev.canopy.ordering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class CartRepository implements PanacheRepositoryBase<Cart, UUID> {

    List<CartLine> lines(UUID cartId) {
        return getEntityManager().createQuery("from CartLine where cartId = ?1 order by addedAt, id", CartLine.class)
                .setParameter(1, cartId).getResultList();
    }

    Optional<CartLine> line(UUID cartId, UUID lineId) {
        return lines(cartId).stream().filter(l -> l.id.equals(lineId)).findFirst();
    }

    Optional<CartLine> lineOf(UUID cartId, UUID variantId) {
        return lines(cartId).stream().filter(l -> l.variantId.equals(variantId)).findFirst();
    }

    static Sort newestFirst() {
        return Sort.descending("createdAt");
    }
}
