package dev.canopy.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.canopy.platform.validation.CurrencyCode;

/** An amount in integer minor units of an ISO 4217 currency; never a double. */
public record Money(@NotNull @Min(0) Long amount, @NotNull @CurrencyCode String currency) {

    /** The highest price anything may have, in major units of its currency (see PriceLimit). */
    public static final long MAX_PRICE = 1_000_000;

    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }

    /**
     * This amount in another currency at {@code rate} units of it per unit of this one. The exact
     * product is rounded half-even to the target's minor unit (so 0.5 cent goes to the even cent),
     * which keeps sums of many conversions unbiased.
     */
    public Money convert(BigDecimal rate, String target) {
        BigDecimal major = BigDecimal.valueOf(amount, minorDigits(currency));
        BigDecimal converted = major.multiply(rate).setScale(minorDigits(target), RoundingMode.HALF_EVEN);
        return new Money(converted.unscaledValue().longValueExact(), target);
    }

    /** At most {@link #MAX_PRICE} major units; false for a currency this JVM does not know. */
    public boolean withinPriceLimit() {
        try {
            return BigDecimal.valueOf(amount, minorDigits(currency)).compareTo(BigDecimal.valueOf(MAX_PRICE)) <= 0;
        } catch (IllegalArgumentException unknownCurrency) {
            return false;
        }
    }

    /** The decimal amount people read: 24050 EUR is 240.50. */
    public BigDecimal major() {
        return BigDecimal.valueOf(amount, minorDigits(currency));
    }

    /** This amount as people of {@code locale} write it: €240.50, 240,50 €. */
    public String format(Locale locale) {
        BigDecimal major = major();
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        format.setMinimumFractionDigits(major.scale());
        format.setMaximumFractionDigits(major.scale());
        return format.format(major);
    }

    /** ISO 4217 minor digits of {@code currency}: 2 for EUR, 0 for JPY, 3 for KWD. */
    public static int minorDigits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
