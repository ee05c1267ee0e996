package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.catalog.pricing.ExchangeRate.Source;
import dev.canopy.platform.Ids;

/** Writes the current consortium's rates in force, and their history when a rate changes. */
@ApplicationScoped
class RateBook {

    @Inject
    ExchangeRateRepository rates;
    @Inject
    RateHistory history;

    List<ExchangeRate> all() {
        return rates.all();
    }

    Map<String, ExchangeRate> byCurrency() {
        return all().stream().collect(Collectors.toMap(r -> r.currency, Function.identity()));
    }

    /** Puts {@code rate} in force for the row's currency ({@code row} null makes one). */
    ExchangeRate keep(ExchangeRate row, String currency, BigDecimal rate, Source source, LocalDate ratedOn,
            Instant at) {
        ExchangeRate kept = row != null ? row : newRow(currency);
        boolean changed = kept.rate == null || kept.rate.compareTo(rate) != 0;
        kept.rate = rate;
        kept.source = source;
        kept.ratedOn = ratedOn;
        if (row == null) {
            rates.persist(kept);
        }
        if (changed) {
            history.record(currency, rate, at);
        }
        return kept;
    }

    void drop(ExchangeRate row) {
        rates.delete(row);
    }

    private static ExchangeRate newRow(String currency) {
        ExchangeRate row = new ExchangeRate();
        row.id = Ids.next();
        row.currency = currency;
        return row;
    }
}
