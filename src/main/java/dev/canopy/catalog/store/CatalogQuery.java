package dev.canopy.catalog.store;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** A shopper's search of the public catalog; prices in the shopper's currency, minor units. */
public class CatalogQuery {

    static final long MOST_MINOR_UNITS = 1_000_000_000_000L;

    public enum Sort {
        relevance,
        newest,
        price_asc,
        price_desc
    }

    @QueryParam("q")
    @Size(max = 200)
    public String q;
    @QueryParam("category")
    public String category;
    @QueryParam("member")
    public String member;
    // far above any real price, and safe from overflow once converted at any realistic rate
    @QueryParam("minPrice")
    @Min(0)
    @Max(MOST_MINOR_UNITS)
    public Long minPrice;
    @QueryParam("maxPrice")
    @Min(0)
    @Max(MOST_MINOR_UNITS)
    public Long maxPrice;
    @QueryParam("inStock")
    @DefaultValue("false")
    public boolean inStock;
    @QueryParam("sort")
    public Sort sort;
    @QueryParam("lang")
    @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code")
    public String lang;
    @QueryParam("currency")
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code")
    public String currency;

    /** The question asked, as a cache key: two equal keys have the same answer. */
    List<Object> key() {
        return Arrays.asList(searching() ? q.trim() : null, category, member, minPrice, maxPrice, inStock, sort, lang,
                currency);
    }

    boolean searching() {
        return q != null && !q.isBlank();
    }

    Sort sortOrDefault() {
        return sort != null ? sort : searching() ? Sort.relevance : Sort.newest;
    }
}
