package dev.canopy.catalog.pricing;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.platform.cache.ShopCache;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.tenancy.ConsortiumView;

/** Shows base-currency prices in a shopper's currency, at the consortium's rate. */
@ApplicationScoped
public class Prices {

    @Inject
    ExchangeRateRepository rates;
    @Inject
    DisplayRoundings roundings;
    @Inject
    ShopCache shopCache;

    /**
     * A converter into {@code currency} (the base currency when null), with its display rounding. A currency the consortium
     * does not offer is invalid input; one it offers without a rate is a conflict, never a silent
     * base-currency price.
     */
    public Conversion in(String currency, ConsortiumView consortium) {
        return shopCache.get(consortium.id(), () -> find(currency, consortium), "conversion", currency);
    }

    private Conversion find(String currency, ConsortiumView consortium) {
        String base = consortium.baseCurrency();
        String target = currency == null || currency.isBlank() ? base : currency;
        if (target.equals(base)) {
            return new Conversion(base, base, BigDecimal.ONE, Rounding.minor);
        }
        if (!consortium.currencies().contains(target)) {
            throw new InvalidInput("currency", "the shop sells in " + String.join(", ", consortium.currencies()));
        }
        ExchangeRate rate = rates.of(target)
                .orElseThrow(() -> new Conflict("The shop has no exchange rate for " + target + " yet"));
        return new Conversion(base, target, rate.rate, roundings.of(target));
    }
}
