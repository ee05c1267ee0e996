package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.canopy.identity.Access;
import dev.canopy.platform.Ids;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;

/** The manager's table of rates from the base currency to each other offered currency. */
@ApplicationScoped
public class ExchangeRates {

    public record RateTable(String base, Map<String, String> rates, Map<String, LocalDate> ratedOn) {
    }

    public record NewRates(
            @NotNull Map<@NotNull String, @NotNull @Pattern(regexp = "[0-9]{1,10}(\\.[0-9]{1,10})?", message = "must be a positive decimal like 1.0842") String> rates) {
    }

    @Inject
    ExchangeRateRepository rates;
    @Inject
    ConsortiumService consortia;
    @Inject
    Access access;
    @Inject
    Clock clock;

    @Transactional
    public RateTable table() {
        access.requireInsider("consortium");
        return table(consortia.here().baseCurrency());
    }

    /**
     * Replaces the table: currencies left out lose their rate; every rate is dated today. The history
     * keeps each rate with the moment it was set, for reports of past days.
     */
    @Transactional
    public RateTable replace(@NotNull NewRates request) {
        access.requireManager("consortium");
        ConsortiumView consortium = consortia.here();
        request.rates().forEach((currency, rate) -> check(consortium, currency, rate));
        rates.deleteAll();
        rates.flush();
        LocalDate today = LocalDate.now(clock);
        request.rates().forEach((currency, rate) -> {
            ExchangeRate row = new ExchangeRate();
            row.id = Ids.next();
            row.currency = currency;
            row.rate = new BigDecimal(rate);
            row.ratedOn = today;
            rates.persist(row);
            rates.getEntityManager().createNativeQuery("insert into exchange_rate_history (consortium_id, currency, "
                    + "rate, set_at) values (current_consortium(), :currency, :rate, :at) on conflict "
                    + "(consortium_id, currency, set_at) do update set rate = excluded.rate")
                    .setParameter("currency", currency).setParameter("rate", row.rate)
                    .setParameter("at", clock.instant()).executeUpdate();
        });
        return table(consortium.baseCurrency());
    }

    private RateTable table(String base) {
        List<ExchangeRate> all = rates.all();
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        all.forEach(r -> {
            values.put(r.currency, r.rate.stripTrailingZeros().toPlainString());
            dates.put(r.currency, r.ratedOn);
        });
        return new RateTable(base, values, dates);
    }

    private static void check(ConsortiumView consortium, String currency, String rate) {
        if (currency.equals(consortium.baseCurrency()) || !consortium.currencies().contains(currency)) {
            throw new InvalidInput("rates." + currency, "is not one of the consortium's other offered currencies");
        }
        if (new BigDecimal(rate).signum() <= 0) {
            throw new InvalidInput("rates." + currency, "must be more than zero");
        }
    }
}
