package dev.canopy.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.canopy.platform.Money;
import dev.canopy.tenancy.TenantContext;

/**
 * What can be sold and how many: variants of published products, their current price and stock.
 * Reservations are conditional updates, so concurrent buyers can never drive stock below zero.
 */
@ApplicationScoped
public class Inventory {

    /** A variant as an order needs it: what it is, who makes it (the member and its slug), what it costs and weighs. */
    public record Sellable(UUID variantId, UUID productId, UUID memberId, String maker, String sku, Map<String, String> title,
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
    @Inject
    TenantContext tenant;
    @Inject
    ObjectMapper json;

    /**
     * The sellable variants among these ids, with their product's and maker's facts, in one query;
     * others (unknown, removed, of an unpublished or archived product, of a suspended member, another
     * consortium's, one added to a published product and not yet approved) are absent.
     */
    @Transactional
    public Map<UUID, Sellable> sellable(Collection<UUID> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery(SELLABLE).setParameter("consortium", tenant.require().id())
                .setParameter("ids", variantIds).getResultList();
        return rows.stream().map(row -> sellable((Object[]) row))
                .collect(Collectors.toMap(Sellable::variantId, Function.identity()));
    }

    private static final String SELLABLE = """
            select v.id, p.id as product_id, p.member_id, m.slug, v.sku, p.live ->> 'title' as title,
                   cast(v.options as text) as options, v.price_amount, v.price_currency, v.stock,
                   p.live ->> 'hsCode' as hs_code, p.live ->> 'originCountry' as origin_country,
                   cast(p.live ->> 'weightGrams' as int) as weight_grams,
                   cast(p.live ->> 'leadTimeDays' as int) as lead_time_days, p.weekly_capacity
              from variant v
              join product p on p.consortium_id = v.consortium_id and p.id = v.product_id
              join member m on m.consortium_id = p.consortium_id and m.id = p.member_id
             where v.consortium_id = :consortium and v.id in (:ids) and p.live is not null
               and m.status = 'active' and not v.awaiting_review""";

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
     * Takes each variant's quantity, all or none, in one statement: the rows are locked in variant
     * order (so two carts never deadlock), and a line is served when that many are left or, for a
     * made-to-order product, by what is left and the rest made (up to the maker's weekly capacity).
     * Answers the pieces each variant took from stock, or the variants that could not be served.
     */
    @Transactional
    public Reservation reserve(Map<UUID, Integer> quantities) {
        List<?> rows = em.createNativeQuery(RESERVE_ALL)
                .setParameter("ids", quantities.keySet().stream().map(UUID::toString).collect(Collectors.joining(",")))
                .setParameter("qs", quantities.values().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .getResultList();
        Map<UUID, Integer> taken = new HashMap<>();
        List<UUID> refused = new ArrayList<>();
        List<UUID> soldOut = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (r[1] != null) {
                int took = ((Number) r[1]).intValue();
                taken.put((UUID) r[0], took);
                if (took > 0 && ((Number) r[3]).intValue() == 0) {
                    soldOut.add((UUID) r[0]);
                }
            } else if (!(Boolean) r[2]) {
                refused.add((UUID) r[0]);
            }
        }
        if (taken.size() == quantities.size()) {
            // a reservation only lowers stock: a product can only go out of stock, and only when a variant ran out
            if (!soldOut.isEmpty()) {
                refreshInStock(soldOut);
            }
            return new Reservation(taken, List.of());
        }
        return new Reservation(Map.of(), refused.isEmpty() ? List.copyOf(quantities.keySet()) : refused);
    }

    /** What {@link #reserve} took per variant, or the variants it could not serve (then it took nothing). */
    public record Reservation(Map<UUID, Integer> taken, List<UUID> refused) {
    }

    private static final String RESERVE_ALL = """
            with wanted as (
                select * from unnest(cast(string_to_array(:ids, ',') as uuid[]),
                                     cast(string_to_array(:qs, ',') as int[])) as w(id, q)),
            found as (
                select v.id, v.stock, w.q, (v.stock >= w.q or coalesce(p.lead_time_days, 0) > 0
                        and (p.weekly_capacity is null or w.q - v.stock <= p.weekly_capacity)) as fits
                  from variant v join wanted w on w.id = v.id
                  join product p on p.consortium_id = v.consortium_id and p.id = v.product_id
                 order by v.id
                   for update of v),
            verdict as (select count(*) = (select count(*) from wanted) and bool_and(fits) as ok from found),
            taken as (
                update variant v set stock = v.stock - least(f.stock, f.q) from found f, verdict
                 where v.id = f.id and verdict.ok
                returning v.id, least(f.stock, f.q) as took, v.stock as left_over)
            select f.id, t.took, f.fits, t.left_over from found f left join taken t on t.id = f.id""";

    @Transactional
    public void release(UUID variantId, int quantity) {
        em.createNativeQuery("update variant set stock = stock + :q where id = :id")
                .setParameter("q", quantity).setParameter("id", variantId).executeUpdate();
        refreshInStock(List.of(variantId));
    }

    /** Keeps the storefront's "in stock" filter true to the variants, writing only the products it changes. */
    private void refreshInStock(Collection<UUID> variantIds) {
        em.createNativeQuery("""
                update product p set in_stock = now.in_stock
                  from (select p2.consortium_id, p2.id, exists (select 1 from variant v where v.consortium_id =
                               p2.consortium_id and v.product_id = p2.id and v.stock > 0) as in_stock
                          from product p2 where p2.id in (select product_id from variant where id in (:ids))) now
                 where p.consortium_id = now.consortium_id and p.id = now.id and p.in_stock <> now.in_stock""")
                .setParameter("ids", variantIds).executeUpdate();
    }

    private Sellable sellable(Object[] r) {
        return new Sellable((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], texts((String) r[5]),
                texts((String) r[6]), Money.of(((Number) r[7]).longValue(), (String) r[8]), ((Number) r[9]).intValue(),
                (String) r[10], (String) r[11], integer(r[12]), integer(r[13]), integer(r[14]));
    }

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    /** A JSON object of strings as stored (titles per language, options); none is empty. */
    private Map<String, String> texts(String stored) {
        try {
            return stored == null ? Map.of() : json.readValue(stored, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON in the catalog", e);
        }
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
