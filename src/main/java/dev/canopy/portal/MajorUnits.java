package dev.canopy.portal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Prices as artisans type them, in major units of the base currency ("240.50", "240,5", "1 200"),
 * and back. A price with more decimals than the currency has is refused, never rounded.
 */
final class MajorUnits {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f']");

    private MajorUnits() {
    }

    static String of(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
    }

    /** The amount in minor units, or empty when the text is not a price in this currency. */
    static OptionalLong parse(String text, String currency) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String plain = SPACES.matcher(text).replaceAll("").replace(',', '.');
        int digits = digits(currency);
        String shape = digits == 0 ? "[0-9]{1,12}" : "[0-9]{1,12}(\\.[0-9]{1," + digits + "})?";
        if (!plain.matches(shape)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(new BigDecimal(plain).movePointRight(digits).longValueExact());
    }

    private static int digits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
