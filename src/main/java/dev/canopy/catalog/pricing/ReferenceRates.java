package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One day's reference rates as the ECB publishes them: units of each currency per euro. */
record ReferenceRates(LocalDate date, Map<String, BigDecimal> perEuro) {

    static final String EURO = "EUR";
    // Eight significant digits: the ECB publishes five or six, so cross rates lose nothing it gave
    private static final MathContext PRECISION = new MathContext(8, RoundingMode.HALF_EVEN);
    // The rate column's scale
    private static final int MAX_SCALE = 10;

    /**
     * Units of each currency per one unit of {@code base}: the euro rates divided by the base's own
     * (the euro itself included). Empty when the feed does not quote the base.
     */
    Map<String, BigDecimal> from(String base) {
        BigDecimal basePerEuro = EURO.equals(base) ? BigDecimal.ONE : perEuro.get(base);
        Map<String, BigDecimal> cross = new LinkedHashMap<>();
        if (basePerEuro == null) {
            return cross;
        }
        cross.put(EURO, rounded(BigDecimal.ONE.divide(basePerEuro, MathContext.DECIMAL64)));
        perEuro.forEach((currency, rate) -> cross.put(currency, rounded(rate.divide(basePerEuro, MathContext.DECIMAL64))));
        cross.remove(base);
        return cross;
    }

    /** A feed rate with the consortium's markup in percent: shoppers pay that much more in their currency. */
    static BigDecimal withMarkup(BigDecimal rate, BigDecimal markupPercent) {
        BigDecimal factor = BigDecimal.ONE.add(markupPercent.movePointLeft(2));
        return rounded(rate.multiply(factor));
    }

    private static BigDecimal rounded(BigDecimal rate) {
        BigDecimal r = rate.round(PRECISION);
        return (r.scale() > MAX_SCALE ? r.setScale(MAX_SCALE, RoundingMode.HALF_EVEN) : r).stripTrailingZeros();
    }
}
