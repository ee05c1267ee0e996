package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.catalog.pricing.ExchangeRate.Source;
import dev.canopy.catalog.pricing.ExchangeRates.RateTable;
import dev.canopy.identity.Access;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.Unavailable;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Brings the reference feed's rates into a consortium. The fetch runs outside any transaction (a slow
 * feed holds no connection); a failed one changes no rate and is recorded, so the table shows its age.
 */
@ApplicationScoped
public class RateFeed {

    @Inject
    ReferenceFeed feed;
    @Inject
    FeedStatus status;
    @Inject
    RateBook book;
    @Inject
    ExchangeRates rates;
    @Inject
    ConsortiumService consortia;
    @Inject
    RateFeedConfig config;
    @Inject
    Access access;
    @Inject
    Clock clock;

    /** The manager's "fetch now". A failed fetch answers 503 at once, the rates in force kept. */
    public RateTable refresh() {
        access.requireManager("consortium");
        if (!feed.configured()) {
            throw new Conflict("This installation has no reference-rate feed (CANOPY_FX_FEED_URL): set the rates by hand");
        }
        ReferenceRates fetched;
        try {
            fetched = feed.fetch();
        } catch (ReferenceFeed.Failed e) {
            Instant now = clock.instant();
            QuarkusTransaction.requiringNew().run(() -> status.failed(e.getMessage(), now));
            throw new Unavailable("The reference rates could not be fetched (" + e.getMessage()
                    + "); the rates in force are kept");
        }
        QuarkusTransaction.requiringNew().run(() -> apply(fetched, clock.instant()));
        return rates.table();
    }

    /**
     * The feed's rates for the current consortium's base, with its markup, for every offered currency
     * the feed quotes; a manual override keeps its rate (the feed's is kept beside it for when it is cleared).
     */
    void apply(ReferenceRates fetched, Instant at) {
        ConsortiumView consortium = consortia.here();
        Map<String, BigDecimal> cross = fetched.from(consortium.baseCurrency());
        BigDecimal markup = status.here().markupPercent();
        Map<String, ExchangeRate> existing = book.byCurrency();
        consortium.currencies().stream().filter(cross::containsKey).forEach(currency -> {
            ExchangeRate row = existing.get(currency);
            if (row != null && row.source == Source.manual) {
                row.feedRate = cross.get(currency);
                return;
            }
            ExchangeRate kept = book.keep(row, currency, ReferenceRates.withMarkup(cross.get(currency), markup),
                    Source.feed, fetched.date(), at);
            kept.feedRate = cross.get(currency);
        });
        status.fetched(fetched.date(), at, at.plus(config.fetchEvery()));
    }
}
