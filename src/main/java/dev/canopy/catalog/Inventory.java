package dev.canopy.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.canopy.platform.Money;

/**
 * What can be sold and how many: variants of published products, their current price and stock.
 * Reservations are conditional updates, so concurrent buyers can never drive stock below zero.
 */
@ApplicationScoped
public class Inventory {

    /** A variant as an order needs it: what it is, who makes it, what it costs and weighs. */
    public record Sellable(UUID variantId, UUID productId, UUID memberId, String sku, Map<String, String> title,
            Map<String, String> options, Money price, int stock, String hsCode, String originCountry,
            Integer weightGrams, Integer leadTimeDays, Integer weeklyCapacity) {

        /** Made to order: a lead time, so pieces beyond the stock are made for the order. */
        public boolean madeToOrder() {
            return leadTimeDays != null && leadTimeDays > 0;
        }

        /** Whether this many can be ordered: in stock, or the rest made to order within the maker's week. */
        public boolean orderable(int quantity) {
            return stock >= quantity
                    || madeToOrder() && (weeklyCapacity == null || quantity - stock <= weeklyCapacity);
        }
    }

    @Inject
    VariantRepository variants;
    @Inject
    EntityManager em;

    /**
     * The sellable variants among these ids; others (unknown, removed, of an unpublished or archived
     * product, of a suspended member, another consortium's) are absent.
     */
    @Transactional
    public Map<UUID, Sellable> sellable(Collection<UUID> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        List<Variant> found = variants.list("id in ?1", variantIds);
        if (found.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Product> onSale = em.createNativeQuery("""
                select p.* from product p
                  join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
                 where p.id in (:ids) and p.live is not null and m.status = 'active'""", Product.class)
                .setParameter("ids", found.stream().map(v -> v.productId).distinct().toList()).getResultList();
        Map<UUID, Product> byId = onSale.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        return found.stream().filter(v -> byId.containsKey(v.productId))
                .map(v -> sellable(v, byId.get(v.productId)))
                .collect(Collectors.toMap(Sellable::variantId, Function.identity()));
    }

    /** The SKU of a variant that still exists, sellable or not: what a refusal names. */
    @Transactional
    public Optional<String> skuOf(UUID variantId) {
        return variants.findByIdOptional(variantId).map(v -> v.sku);
    }

    /**
     * Per member, how many variants of its published products have {@code atMost} units or fewer left
     * (one-of-a-kind pieces are single by nature and not counted).
     */
    @Transactional
    public Map<UUID, Long> runningOut(int atMost) {
        List<?> rows = em.createNativeQuery("""
                select p.member_id, count(*) from variant v
                  join product p on p.consortium_id = v.consortium_id and p.id = v.product_id
                 where p.status = 'published' and not p.one_of_a_kind and v.stock <= :most group by p.member_id""")
                .setParameter("most", atMost).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).longValue()));
    }

    /**
     * Takes {@code quantity} units if that many are left, or, for a made-to-order product, what is left
     * (the rest is made, up to the maker's weekly capacity). Answers how many were taken from stock; empty
     * (nothing taken) when refused.
     */
    @Transactional
    public OptionalInt reserve(UUID variantId, int quantity) {
        List<?> taken = em.createNativeQuery("""
                with found as (
                    select v.id, v.stock, coalesce(p.lead_time_days, 0) > 0 as made, p.weekly_capacity from variant v
                      join product p on p.consortium_id = v.consortium_id and p.id = v.product_id
                     where v.id = :id for update of v)
                update variant v set stock = v.stock - least(found.stock, :q) from found
                 where v.id = found.id and (found.stock >= :q or found.made
                        and (found.weekly_capacity is null or :q - found.stock <= found.weekly_capacity))
                returning least(found.stock, :q)""").setParameter("q", quantity).setParameter("id", variantId)
                .getResultList();
        if (taken.isEmpty()) {
            return OptionalInt.empty();
        }
        refreshInStock(variantId);
        return OptionalInt.of(((Number) taken.get(0)).intValue());
    }

    @Transactional
    public void release(UUID variantId, int quantity) {
        em.createNativeQuery("update variant set stock = stock + :q where id = :id")
                .setParameter("q", quantity).setParameter("id", variantId).executeUpdate();
        refreshInStock(variantId);
    }

    /** Keeps the storefront's "in stock" filter true to the variants. */
    private void refreshInStock(UUID variantId) {
        em.createNativeQuery("update product p set in_stock = exists (select 1 from variant v where "
                + "v.consortium_id = p.consortium_id and v.product_id = p.id and v.stock > 0) "
                + "where (p.consortium_id, p.id) = (select consortium_id, product_id from variant where id = :id)")
                .setParameter("id", variantId).executeUpdate();
    }

    private static Sellable sellable(Variant v, Product p) {
        return new Sellable(v.id, p.id, p.memberId, v.sku, p.live.title(), v.options,
                Money.of(v.priceAmount, v.priceCurrency), v.stock, p.live.hsCode(), p.live.originCountry(),
                p.live.weightGrams(), p.live.leadTimeDays(), p.weeklyCapacity);
    }
}
