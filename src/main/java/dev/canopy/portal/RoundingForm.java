package dev.canopy.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.canopy.catalog.pricing.ExchangeRates.RateTable;
import dev.canopy.catalog.pricing.Rounding;
import dev.canopy.tenancy.ConsortiumView;

/** The rates page's display-rounding choices: one select per offered currency, beside its rate. */
final class RoundingForm {

    private RoundingForm() {
    }

    /** The choices sent; a currency without one (an older form) keeps its rounding. */
    static Map<String, String> chosen(MultivaluedMap<String, String> fields, ConsortiumView consortium) {
        Map<String, String> chosen = new LinkedHashMap<>();
        consortium.currencies().forEach(currency -> {
            String kind = fields.getFirst("rounding." + currency);
            if (kind != null && !kind.isBlank()) {
                chosen.put(currency, kind);
            }
        });
        return chosen;
    }

    static Map<String, String> shown(RateTable table) {
        Map<String, String> shown = new LinkedHashMap<>();
        table.rounding().forEach((currency, rounding) -> shown.put(currency, rounding.name()));
        return shown;
    }

    /** Only the roundings each currency's minor unit allows: JPY has no .99 ending to offer. */
    static Map<String, List<String>> kinds(RateTable table) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        table.rounding().keySet().forEach(
                currency -> kinds.put(currency, Rounding.fitting(currency).stream().map(Rounding::name).toList()));
        return kinds;
    }
}
