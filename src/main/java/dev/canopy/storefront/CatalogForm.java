package dev.canopy.storefront;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;

import dev.canopy.catalog.store.CatalogQuery;

/**
 * The catalog page's search form as the shopper sent it. Every field is read leniently: a value a
 * person mistyped (a letter in a price) is dropped rather than answered with an error page.
 */
public class CatalogForm {

    private static final int LONGEST_QUERY = 200;

    @QueryParam("q")
    public String q;
    @QueryParam("category")
    public String category;
    @QueryParam("maker")
    public String maker;
    /** Whole units of the shopper's currency. */
    @QueryParam("min")
    public String min;
    @QueryParam("max")
    public String max;
    @QueryParam("inStock")
    public String inStock;
    @QueryParam("sort")
    public String sort;
    @QueryParam("page")
    public String page;

    CatalogQuery toQuery(Shop shop, String pricedIn) {
        CatalogQuery query = new CatalogQuery();
        query.q = text(q) == null ? null : text(q).substring(0, Math.min(text(q).length(), LONGEST_QUERY));
        query.category = text(category);
        query.member = text(maker);
        query.minPrice = shop.priced() ? minor(min, shop.currency()) : null;
        query.maxPrice = shop.priced() ? minor(max, shop.currency()) : null;
        query.inStock = inStock();
        query.sort = sort();
        query.lang = shop.language();
        query.currency = pricedIn;
        return query;
    }

    boolean inStock() {
        return text(inStock) != null;
    }

    CatalogQuery.Sort sort() {
        return Arrays.stream(CatalogQuery.Sort.values()).filter(s -> s.name().equals(sort)).findFirst().orElse(null);
    }

    int page() {
        String value = text(page);
        return value != null && value.matches("[0-9]{1,6}") ? Integer.parseInt(value) : 0;
    }

    /** This search at another page, as a link relative to the catalog page. */
    String link(int toPage) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", text(q));
        fields.put("category", text(category));
        fields.put("maker", text(maker));
        fields.put("min", text(min));
        fields.put("max", text(max));
        fields.put("inStock", inStock() ? "on" : null);
        fields.put("sort", sort() == null ? null : sort().name());
        fields.put("page", toPage == 0 ? null : String.valueOf(toPage));
        String query = fields.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "?" : "?" + query;
    }

    private static Long minor(String wholeUnits, String currency) {
        String value = text(wholeUnits);
        if (value == null || !value.matches("[0-9]{1,9}")) {
            return null;
        }
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return new BigDecimal(value).movePointRight(digits).longValueExact();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
