package dev.canopy.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;

/**
 * A currency's rates as they were set over time (units of it per unit of the base currency): a
 * day's amount converts at the last rate set that day or before; days before the first rate use it.
 */
final class RatesInForce {

    private final NavigableMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
    private final String base;
    private final String currency;

    private RatesInForce(String base, String currency) {
        this.base = base;
        this.currency = currency;
    }

    /** A consortium's rates for {@code currency}; identity when that is its base currency. */
    static RatesInForce of(EntityManager em, UUID consortium, String base, String currency) {
        RatesInForce rates = new RatesInForce(base, currency);
        if (base.equals(currency)) {
            rates.byDay.put(LocalDate.MIN, BigDecimal.ONE);
            return rates;
        }
        List<?> rows = em.createNativeQuery("select set_at, rate from exchange_rate_history where consortium_id = "
                + ":consortium and currency = :c order by set_at").setParameter("consortium", consortium)
                .setParameter("c", currency).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Object at = r[0];
            LocalDate day = at instanceof Timestamp t ? t.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                    : LocalDate.ofInstant((java.time.Instant) at, ZoneOffset.UTC);
            rates.byDay.put(day, (BigDecimal) r[1]);
        }
        return rates;
    }

    String currency() {
        return currency;
    }

    boolean known() {
        return !byDay.isEmpty();
    }

    boolean identity() {
        return base.equals(currency);
    }

    /** Base minor units to this currency's minor units, before the rate: 10^(its digits − the base's). */
    BigDecimal scale() {
        return BigDecimal.ONE.scaleByPowerOfTen(digits(currency) - digits(base));
    }

    /** Base minor units of that day in the report's currency, rounded half-even. */
    long convert(long amount, LocalDate day) {
        if (identity() || amount == 0) {
            return amount;
        }
        Map.Entry<LocalDate, BigDecimal> rate = byDay.floorEntry(day);
        BigDecimal factor = rate != null ? rate.getValue() : byDay.firstEntry().getValue();
        return BigDecimal.valueOf(amount, digits(base)).multiply(factor)
                .setScale(digits(currency), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    private static int digits(String code) {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }
}
