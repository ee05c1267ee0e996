package dev.canopy.fulfilment.papers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.canopy.fulfilment.papers.CustomsProfile.Incoterm;
import dev.canopy.fulfilment.papers.CustomsValue.Form;
import dev.canopy.ordering.OrderLine;

/**
 * Everything one parcel's customs declaration and commercial invoice print, in English, with
 * amounts in the order's currency and weights in kilograms, formatted for the page. The sender is
 * whoever hands the parcel to the post (the workshop, or the consortium's hub); the exporter is the
 * consortium's customs sender when a workshop ships on its behalf, else none.
 */
public record ParcelPapers(Form form, String orderNumber, LocalDate orderDate, String workshop, Incoterm incoterm,
        String iossNumber, Party sender, Party exporter, Party receiver, String currency, List<Line> lines, int totalQuantity,
        String totalNetWeight, String totalValue) {

    public record Line(String description, String sku, String hsCode, String origin, String originName, int quantity,
            String netWeight, String unitValue, String value) {
    }

    /** The languages are the consortium's, in its order: a title without English prints the first of them. */
    static List<Line> lines(List<OrderLine> lines, String currency, List<String> languages) {
        return lines.stream().map(l -> new Line(english(l.title, languages), l.sku, l.hsCode, l.originCountry,
                l.originCountry == null ? null : Party.countryName(l.originCountry), l.quantity,
                l.weightGrams == null ? null : kilograms((long) l.weightGrams * l.quantity),
                amount(l.unitPrice, currency), amount(l.lineTotal, currency))).toList();
    }

    static String amount(long minor, String currency) {
        return BigDecimal.valueOf(minor, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()))
                .toPlainString();
    }

    static String kilograms(long grams) {
        return BigDecimal.valueOf(grams, 3).toPlainString();
    }

    private static String english(Map<String, String> title, List<String> languages) {
        if (title.get("en") != null) {
            return title.get("en");
        }
        return languages.stream().map(title::get).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> title.values().stream().findFirst().orElse(""));
    }
}
