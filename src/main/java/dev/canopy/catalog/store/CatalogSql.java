package dev.canopy.catalog.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The public catalog's query: published products (an approved version) of active members, with
 * the shopper's filters. Row-level security limits it to the consortium as well.
 */
final class CatalogSql {

    // Words in the shopper's language, in English, or as written (names, places)
    private static final String MATCH = "(websearch_to_tsquery(canopy_text_config(:lang), canopy_unaccent(:q)) "
            + "|| websearch_to_tsquery('english', canopy_unaccent(:q)) "
            + "|| websearch_to_tsquery('simple', canopy_unaccent(:q)))";

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String order;

    CatalogSql(UUID consortiumId, CatalogQuery query, String lang, Long minBase, Long maxBase, UUID productId) {
        // The category is joined on its uuid so the planner can walk product_public in order and stop
        sql.append("from product p join member m on m.consortium_id = p.consortium_id and m.id = p.member_id ")
                .append("left join category c on c.consortium_id = p.consortium_id ")
                .append("and c.id = cast(p.live ->> 'categoryId' as uuid) ")
                .append("where p.consortium_id = :consortium and p.live is not null and m.status = 'active'");
        parameters.put("consortium", consortiumId);
        if (query.searching()) {
            sql.append(" and p.search @@ ").append(MATCH);
            parameters.put("q", query.q.trim());
            parameters.put("lang", lang);
        }
        filter(query.category, " and c.slug = :category", "category");
        filter(query.member, " and m.slug = :member", "member");
        filter(minBase, " and p.min_price >= :minPrice", "minPrice");
        filter(maxBase, " and p.min_price <= :maxPrice", "maxPrice");
        filter(productId, " and p.id = :id", "id");
        if (query.inStock) {
            sql.append(" and p.in_stock");
        }
        order = (switch (query.sortOrDefault()) {
            case relevance -> query.searching() ? " order by ts_rank(p.search, " + MATCH + ") desc, p.id"
                    : " order by p.published_at desc, p.id";
            case newest -> " order by p.published_at desc, p.id";
            case price_asc -> " order by p.min_price, p.id";
            case price_desc -> " order by p.min_price desc, p.id";
        });
    }

    private void filter(Object value, String clause, String name) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(clause);
            parameters.put(name, value);
        }
    }

    /** One page of matches, in the asked order. */
    String sql() {
        return "select p.id, cast(p.live as text), m.slug, m.name, c.slug, cast(c.name as text) " + sql + order;
    }

    /**
     * The total on its own: a window count over the page query made every page count all matches
     * with their jsonb (seconds at 50,000 products); this touches no jsonb.
     */
    String countSql() {
        return "select count(*) " + sql;
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
