package dev.canopy.ordering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.query.NativeQuery;

import dev.canopy.tenancy.TenantContext;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/**
 * Carts and their lines. A cart page and a checkout read them on every request, in SQL: Hibernate
 * translates a query on tenant rows afresh each time and builds a new loader for each locked find,
 * which cost more than the statements themselves.
 */
@ApplicationScoped
class CartRepository implements PanacheRepositoryBase<Cart, UUID> {

    @Inject
    TenantContext tenant;

    Optional<Cart> cart(UUID id) {
        return cart(id, "");
    }

    /** Locked until the transaction ends. */
    Optional<Cart> lockedCart(UUID id) {
        return cart(id, " for no key update");
    }

    private Optional<Cart> cart(UUID id, String lock) {
        return here("select * from cart where consortium_id = :consortium and id = :id" + lock, Cart.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    List<CartLine> lines(UUID cartId) {
        return here("select * from cart_line where consortium_id = :consortium and cart_id = :cart"
                + " order by added_at, id", CartLine.class).setParameter("cart", cartId).getResultList();
    }

    private <T> NativeQuery<T> here(String sql, Class<T> type) {
        return getSession().createNativeQuery(sql, type).setParameter("consortium", tenant.require().id());
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
