package dev.canopy.catalog.pricing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.tenancy.ConsortiumView;

/** The manager's display roundings as typed, checked against the currencies the consortium offers. */
final class RoundingChoice {

    private static final String NAMES = Arrays.stream(Rounding.values()).map(Rounding::name)
            .collect(Collectors.joining(", "));

    private RoundingChoice() {
    }

    /** {@code typed} null sets none; the base currency's own prices are never rounded, so it has none. */
    static Map<String, Rounding> read(Map<String, String> typed, ConsortiumView consortium) {
        Map<String, Rounding> read = new LinkedHashMap<>();
        if (typed != null) {
            typed.forEach((currency, name) -> read.put(currency, rounding(currency, name, consortium)));
        }
        return read;
    }

    private static Rounding rounding(String currency, String name, ConsortiumView consortium) {
        String field = "rounding." + currency;
        if (!ExchangeRates.offers(consortium, currency)) {
            throw new InvalidInput(field, "is not one of the consortium's other offered currencies");
        }
        Rounding rounding = Arrays.stream(Rounding.values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of " + NAMES));
        if (!rounding.fits(currency)) {
            throw new InvalidInput(field, currency + " has no minor unit for this ending; choose minor or whole");
        }
        return rounding;
    }
}
