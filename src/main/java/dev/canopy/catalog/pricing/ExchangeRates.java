package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.canopy.catalog.pricing.ExchangeRate.Source;
import dev.canopy.identity.Access;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;

/**
 * The table of rates from the base currency to each other offered currency: the reference feed's,
 * with the manager's markup, unless the manager overrides a currency by hand.
 */
@ApplicationScoped
public class ExchangeRates {

    /** {@code rounding} names every offered currency but the base, {@code minor} where the manager set none. */
    public record RateTable(String base, Map<String, String> rates, Map<String, LocalDate> ratedOn,
            Map<String, Source> sources, String markupPercent, FeedAge feed, Map<String, Rounding> rounding) {
    }

    /**
     * The manager's overrides (currencies left out follow the feed, or have no rate while it gave
     * none), when present the markup in percent on the feed's rates, and the display rounding of the
     * currencies named (the others keep theirs).
     */
    public record NewRates(
            @NotNull Map<@NotNull String, @NotNull @Pattern(regexp = "[0-9]{1,7}(\\.[0-9]{1,10})?", message = "must be a positive decimal below 10,000,000 like 1.0842") String> rates,
            @Pattern(regexp = "100|[0-9]{1,2}(\\.[0-9]{1,2})?", message = "must be a percentage from 0 to 100, like 2.5") String markupPercent,
            Map<@NotNull String, @NotNull String> rounding) {

        public NewRates(Map<String, String> rates) {
            this(rates, null, null);
        }
    }

    @Inject
    RateBook book;
    @Inject
    DisplayRoundings roundings;
    @Inject
    FeedStatus status;
    @Inject
    ReferenceFeed feed;
    @Inject
    RateFeedConfig config;
    @Inject
    ConsortiumService consortia;
    @Inject
    Access access;
    @Inject
    Clock clock;

    @Transactional
    public RateTable table() {
        access.requireInsider("consortium");
        return table(consortia.here());
    }

    /**
     * Replaces the overrides, dated today; a currency whose override goes back to the feed's last rate,
     * or loses its rate if the feed gave none. The history keeps each change with its moment.
     */
    @Transactional
    public RateTable replace(@NotNull NewRates request) {
        access.requireManager("consortium");
        ConsortiumView consortium = consortia.here();
        request.rates().forEach((currency, rate) -> check(consortium, currency, rate));
        Map<String, Rounding> rounding = RoundingChoice.read(request.rounding(), consortium);
        Instant now = clock.instant();
        if (request.markupPercent() != null) {
            status.markup(new BigDecimal(request.markupPercent()), now);
        }
        FeedStatus.Status feedStatus = status.here();
        Map<String, ExchangeRate> existing = book.byCurrency();
        Set<String> currencies = new LinkedHashSet<>(existing.keySet());
        currencies.addAll(request.rates().keySet());
        for (String currency : currencies) {
            String manual = request.rates().get(currency);
            ExchangeRate row = existing.get(currency);
            if (manual != null) {
                book.keep(row, currency, new BigDecimal(manual), Source.manual, LocalDate.now(clock), now);
            } else if (row.feedRate != null && offers(consortium, currency)) {
                book.keep(row, currency, ReferenceRates.withMarkup(row.feedRate, feedStatus.markupPercent()),
                        Source.feed, feedStatus.referenceDate(), now);
            } else {
                book.drop(row);
            }
        }
        rounding.forEach(roundings::keep);
        return table(consortium);
    }

    private RateTable table(ConsortiumView consortium) {
        List<ExchangeRate> all = book.all();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        all.forEach(r -> {
            values.put(r.currency, r.rate.stripTrailingZeros().toPlainString());
            dates.put(r.currency, r.ratedOn);
            sources.put(r.currency, r.source);
        });
        FeedStatus.Status feedStatus = status.here();
        return new RateTable(consortium.baseCurrency(), values, dates, sources,
                feedStatus.markupPercent().stripTrailingZeros().toPlainString(),
                FeedAge.of(feedStatus, feed.configured(), config.fetchEvery(), clock.instant()), rounding(consortium));
    }

    private Map<String, Rounding> rounding(ConsortiumView consortium) {
        Map<String, Rounding> set = roundings.set();
        Map<String, Rounding> all = new LinkedHashMap<>();
        consortium.currencies().stream().filter(c -> offers(consortium, c))
                .forEach(c -> all.put(c, set.getOrDefault(c, Rounding.minor)));
        return all;
    }

    static boolean offers(ConsortiumView consortium, String currency) {
        return !currency.equals(consortium.baseCurrency()) && consortium.currencies().contains(currency);
    }

    private static void check(ConsortiumView consortium, String currency, String rate) {
        if (!offers(consortium, currency)) {
            throw new InvalidInput("rates." + currency, "is not one of the consortium's other offered currencies");
        }
        if (new BigDecimal(rate).signum() <= 0) {
            throw new InvalidInput("rates." + currency, "must be more than zero");
        }
    }
}
