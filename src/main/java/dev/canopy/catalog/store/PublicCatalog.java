package dev.canopy.catalog.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dev.canopy.catalog.pricing.Conversion;
import dev.canopy.catalog.pricing.Prices;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.cache.ShopCache;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.TenantContext;

/**
 * The storefront's catalog: search, filter and page the sellable products of a consortium (published,
 * of an active member), read from the shoppers' read model without a transaction and kept in the
 * shop cache until the consortium's shop changes.
 */
@ApplicationScoped
public class PublicCatalog {

    @Inject
    EntityManager em;
    @Inject
    ConsortiumService consortia;
    @Inject
    Prices prices;
    @Inject
    PublicProducts assembler;
    @Inject
    TenantContext tenant;
    @Inject
    ShopCache cache;

    public ListView<PublicProduct> search(CatalogQuery search, PageRequest page) {
        return cache.get(tenant.require().id(), () -> find(search, page), "search", search.key(), page.page, page.size);
    }

    public PublicProduct product(UUID id, String lang, String currency) {
        return cache.get(tenant.require().id(), () -> find(id, lang, currency), "product", id, lang, currency);
    }

    private ListView<PublicProduct> find(CatalogQuery search, PageRequest page) {
        ConsortiumView consortium = consortia.here();
        String lang = language(search.lang, consortium);
        Conversion conversion = prices.in(search.currency, consortium);
        ShopSql sql = ShopSql.of(consortium.id(), search, lang,
                search.minPrice == null ? null : conversion.fromBase(search.minPrice),
                search.maxPrice == null ? null : conversion.upToBase(search.maxPrice));
        // one card past the page tells whether another page follows
        List<String> cards = page(sql, page);
        if (cards.isEmpty() && page.page == 0 && search.searching()) {
            sql = sql.similar();
            cards = page(sql, page);
        }
        boolean more = cards.size() > page.size;
        List<PublicProduct> products = assembler.assemble(more ? cards.subList(0, page.size) : cards, consortium,
                conversion);
        long seen = (long) page.page * page.size + Math.min(cards.size(), page.size);
        if (!more && (page.page == 0 || !cards.isEmpty())) {
            return new ListView<>(products, seen);
        }
        if (more && search.searching()) {
            // counting every match of a common word costs more than the page: "at least one more page" is enough
            return new ListView<>(products, seen + 1, true);
        }
        long total = count(sql);
        return new ListView<>(products, Math.min(total, ShopSql.COUNT_LIMIT), total > ShopSql.COUNT_LIMIT);
    }

    /** The manager's picks for the home that shoppers can buy now, in the manager's order. */
    public List<PublicProduct> featured(String lang, String currency) {
        return cache.get(tenant.require().id(), () -> listed(ShopSql.featured(), Map.of(), lang, currency),
                "featured", lang, currency);
    }

    private PublicProduct find(UUID id, String lang, String currency) {
        return listed(ShopSql.product(), Map.of("id", id), lang, currency).stream().findFirst()
                .orElseThrow(() -> new NotFound("No such product"));
    }

    /** The cards a query of the consortium's products in one language finds, in the shopper's currency. */
    private List<PublicProduct> listed(String sql, Map<String, Object> parameters, String lang, String currency) {
        ConsortiumView consortium = consortia.here();
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("consortium", consortium.id());
        all.put("lang", language(lang, consortium));
        return assembler.assemble(cards(em.createNativeQuery(sql), all), consortium, prices.in(currency, consortium));
    }

    /**
     * Ids of the sellable products in id order, for the storefront's sitemap: the primary key's order, so
     * the database reads a slice straight from its index without sorting, and as ids grow with time a new
     * product lands in the last slice and earlier sitemap files stay as they were.
     */
    public List<UUID> publishedIds(int offset, int limit) {
        ConsortiumView consortium = consortia.here();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select s.product_id from shop_product s where s.consortium_id = "
                + ":consortium and s.lang = :lang order by s.product_id offset :offset limit :limit")
                .setParameter("consortium", consortium.id()).setParameter("lang", consortium.languages().get(0))
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return ids;
    }

    /** How many products the sitemap lists. */
    public long publishedCount() {
        ConsortiumView consortium = consortia.here();
        return ((Number) em.createNativeQuery("select count(*) from shop_product s where s.consortium_id = :consortium "
                + "and s.lang = :lang").setParameter("consortium", consortium.id())
                .setParameter("lang", consortium.languages().get(0)).getSingleResult()).longValue();
    }

    private List<String> page(ShopSql sql, PageRequest page) {
        if ((long) page.page * page.size >= ShopSql.COUNT_LIMIT) {
            // deep pages are not served: nobody reads them, and an offset that deep costs a scan
            return List.of();
        }
        int offset = page.page * page.size;
        Query query = em.createNativeQuery(sql.page(offset + page.size + 1)).setFirstResult(offset)
                .setMaxResults(page.size + 1);
        return cards(query, sql.parameters());
    }

    private long count(ShopSql sql) {
        Query count = em.createNativeQuery(sql.count());
        sql.parameters().forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> cards(Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The shopper's language when the consortium writes in it, else the consortium's first. */
    static String language(String asked, ConsortiumView consortium) {
        return Optional.ofNullable(asked).filter(consortium.languages()::contains)
                .orElse(consortium.languages().get(0));
    }
}
