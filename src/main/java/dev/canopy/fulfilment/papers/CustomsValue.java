package dev.canopy.fulfilment.papers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Optional;

import dev.canopy.platform.Countries;

/**
 * A parcel's value in euro, which decides its customs form and whether the IOSS number applies.
 * Unknown when neither the order nor the consortium's rates lead to euro: then the parcel gets the
 * stricter CN23 and no IOSS number, since a wrong CN22 or IOSS claim stops a parcel at the border.
 */
record CustomsValue(Optional<BigDecimal> euro) {

    enum Form {
        CN22,
        CN23
    }

    private static final String EURO = "EUR";
    // The EU's IOSS covers consignments of an intrinsic value not exceeding 150 EUR
    private static final BigDecimal IOSS_LIMIT = new BigDecimal("150");

    /**
     * @param orderRate units of the order's currency per unit of the base currency, frozen at checkout
     * @param euroPerBase the consortium's rate of euro per unit of its base currency, if it has one
     */
    static CustomsValue of(long amount, String currency, BigDecimal orderRate, String base,
            Optional<BigDecimal> euroPerBase) {
        BigDecimal major = BigDecimal.valueOf(amount, Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
        if (currency.equals(EURO)) {
            return new CustomsValue(Optional.of(major));
        }
        BigDecimal inBase = major.divide(orderRate, MathContext.DECIMAL64);
        if (base.equals(EURO)) {
            return new CustomsValue(Optional.of(inBase));
        }
        return new CustomsValue(euroPerBase.map(inBase::multiply));
    }

    Form form(BigDecimal cn22Limit) {
        return euro.filter(v -> v.compareTo(cn22Limit) <= 0).map(v -> Form.CN22).orElse(Form.CN23);
    }

    boolean iossApplies(String destination) {
        return Countries.inEuropeanUnion(destination) && euro.filter(v -> v.compareTo(IOSS_LIMIT) <= 0).isPresent();
    }
}
