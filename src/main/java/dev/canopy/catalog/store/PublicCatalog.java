package dev.canopy.catalog.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dev.canopy.catalog.pricing.Conversion;
import dev.canopy.catalog.pricing.Prices;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;

/** The storefront's catalog: search, filter and page the published products of a consortium. */
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

    @Transactional
    public ListView<PublicProduct> search(CatalogQuery search, PageRequest page) {
        ConsortiumView consortium = consortia.here();
        String lang = language(search.lang, consortium);
        Conversion conversion = prices.in(search.currency, consortium);
        CatalogSql sql = new CatalogSql(consortium.id(), search, lang, bound(search.minPrice, conversion),
                bound(search.maxPrice, conversion), null);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql).setFirstResult(page.page * page.size).setMaxResults(page.size)
                .getResultList();
        long total = rows.size() < page.size && page.page == 0 ? rows.size() : count(sql);
        return new ListView<>(assembler.assemble(rows, consortium, lang, conversion), total);
    }

    @Transactional
    public PublicProduct product(UUID id, String lang, String currency) {
        ConsortiumView consortium = consortia.here();
        Conversion conversion = prices.in(currency, consortium);
        String language = language(lang, consortium);
        CatalogSql sql = new CatalogSql(consortium.id(), new CatalogQuery(), language, null, null, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query(sql).getResultList();
        return assembler.assemble(rows, consortium, language, conversion).stream().findFirst()
                .orElseThrow(() -> new NotFound("No such product"));
    }

    /** Ids of the published products of active members, newest first: the storefront's sitemap. */
    @Transactional
    public List<UUID> publishedIds(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select p.id from product p join member m on m.consortium_id = "
                + "p.consortium_id and m.id = p.member_id where p.consortium_id = :consortium and p.live is not null "
                + "and m.status = 'active' order by p.published_at desc, p.id limit :limit")
                .setParameter("consortium", consortia.here().id()).setParameter("limit", limit).getResultList();
        return ids;
    }

    private Query query(CatalogSql sql) {
        Query query = em.createNativeQuery(sql.sql());
        sql.parameters().forEach(query::setParameter);
        return query;
    }

    private long count(CatalogSql sql) {
        Query count = em.createNativeQuery(sql.countSql());
        sql.parameters().forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static Long bound(Long amount, Conversion conversion) {
        return amount == null ? null : conversion.toBase(amount);
    }

    /** The shopper's language when the consortium writes in it, else the consortium's first. */
    static String language(String asked, ConsortiumView consortium) {
        return Optional.ofNullable(asked).filter(consortium.languages()::contains)
                .orElse(consortium.languages().get(0));
    }

    static String pick(Map<String, String> texts, String lang, ConsortiumView consortium) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        return Optional.ofNullable(texts.get(lang)).or(() -> Optional.ofNullable(texts.get(consortium.languages().get(0))))
                .orElse(texts.values().iterator().next());
    }
}
