package dev.canopy.catalog.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The public catalog's queries on the shoppers' read model ({@code shop_product}): the products of
 * one consortium in one language, with the shopper's filters. Every query names its consortium.
 */
final class ShopSql {

    /** Counting stops here: past it the storefront says "10,000+" rather than pay for an exact count. */
    static final int COUNT_LIMIT = 10_000;

    // Words in the shopper's language, in English, or as written (names, places)
    private static final String MATCH = "(websearch_to_tsquery(canopy_text_config(:lang), canopy_unaccent(:q)) "
            + "|| websearch_to_tsquery('english', canopy_unaccent(:q)) "
            + "|| websearch_to_tsquery('simple', canopy_unaccent(:q)))";
    // A typo or a word form the stemmer misses (килимы for килим): the title's trigrams
    private static final String SIMILAR = "lower(canopy_unaccent(:q)) <% s.title_key";

    private final StringBuilder filters = new StringBuilder();
    private String match = "";
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final CatalogQuery query;
    private final boolean similar;

    private ShopSql(UUID consortiumId, CatalogQuery query, String lang, Long minBase, Long maxBase, boolean similar) {
        this.query = query;
        this.similar = similar;
        filters.append("where s.consortium_id = :consortium and s.lang = :lang");
        parameters.put("consortium", consortiumId);
        parameters.put("lang", lang);
        if (query.searching()) {
            match = similar ? " and " + SIMILAR : " and s.search @@ " + MATCH;
            parameters.put("q", query.q.trim());
        }
        filter(query.category, " and s.category_slug = :category", "category");
        filter(query.member, " and s.member_slug = :member", "member");
        filter(minBase, " and s.min_price >= :minPrice", "minPrice");
        filter(maxBase, " and s.min_price <= :maxPrice", "maxPrice");
        if (query.inStock) {
            filters.append(" and s.in_stock");
        }
    }

    /** Full-text matches (or no search at all). */
    static ShopSql of(UUID consortiumId, CatalogQuery query, String lang, Long minBase, Long maxBase) {
        return new ShopSql(consortiumId, query, lang, minBase, maxBase, false);
    }

    /** The same search by title similarity, for when full-text search finds nothing. */
    ShopSql similar() {
        ShopSql fallback = new ShopSql((UUID) parameters.get("consortium"), query, (String) parameters.get("lang"),
                (Long) parameters.get("minPrice"), (Long) parameters.get("maxPrice"), true);
        return fallback;
    }

    private void filter(Object value, String clause, String name) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            filters.append(clause);
            parameters.put(name, value);
        }
    }

    /** One page of cards, in the asked order, for a page that ends {@code reach} cards from the start. */
    String page(int reach) {
        if (query.searching() && !similar && query.sortOrDefault() == CatalogQuery.Sort.relevance) {
            return tiers(reach);
        }
        return "select cast(s.card as text) from shop_product s " + filters + match + order();
    }

    /**
     * Relevance in tiers, each newest first: the exact title, a word of the title, a word anywhere.
     * Each tier's query walks an index and stops after {@code reach} rows, where ranking every match
     * of a common word would read tens of thousands of search documents.
     */
    private String tiers(int reach) {
        String exact = "s.title_key = lower(canopy_unaccent(:q))";
        String inTitle = "s.title_search @@ " + MATCH;
        return "select card from (" + tier(0, " and " + exact, reach)
                + " union all " + tier(1, " and not " + exact + " and " + inTitle, reach)
                + " union all " + tier(2, " and not " + exact + " and not " + inTitle + match, reach)
                + ") m order by tier, published_at desc, product_id";
    }

    private String tier(int tier, String condition, int reach) {
        return "(select cast(s.card as text) as card, " + tier + " as tier, s.published_at, s.product_id "
                + "from shop_product s " + filters + condition + " order by s.published_at desc, s.product_id limit "
                + reach + ")";
    }

    /** The number of matches, counted no further than {@link #COUNT_LIMIT} + 1. */
    String count() {
        return "select count(*) from (select 1 from shop_product s " + filters + match + " limit " + (COUNT_LIMIT + 1)
                + ") m";
    }

    /** One product's card. */
    static String product() {
        return "select cast(s.card as text) from shop_product s where s.consortium_id = :consortium and s.lang = :lang "
                + "and s.product_id = :id";
    }

    /** The manager's picks that are sellable, in the manager's order. */
    static String featured() {
        return "select cast(s.card as text) from featured_product f join shop_product s on s.consortium_id = "
                + "f.consortium_id and s.product_id = f.product_id where f.consortium_id = :consortium "
                + "and s.lang = :lang order by f.position";
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    private String order() {
        return switch (query.sortOrDefault()) {
            // found by similarity: the closest titles first (few rows: similarity needs no ranking of thousands)
            case relevance -> similar ? " order by s.title_key = lower(canopy_unaccent(:q)) desc, "
                    + "word_similarity(lower(canopy_unaccent(:q)), s.title_key) desc, s.product_id"
                    : " order by s.published_at desc, s.product_id";
            case newest -> " order by s.published_at desc, s.product_id";
            case price_asc -> " order by s.min_price, s.product_id";
            case price_desc -> " order by s.min_price desc, s.product_id desc";
        };
    }
}
