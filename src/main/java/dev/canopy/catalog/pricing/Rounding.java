package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import dev.canopy.platform.Money;

/**
 * How converted prices are shown in one currency, so that they read like a shop's prices rather than
 * a machine's. Every rule rounds up to the nearest amount it allows, and an amount already allowed
 * stays as it is: a shop never shows less than the converted price, and the order charges exactly
 * what was shown. Minor units follow ISO 4217 (JPY has none, KWD three).
 * <ul>
 * <li>{@code minor}: the minor unit (the conversion's own half-even rounding); 260.21 stays.</li>
 * <li>{@code whole}: up to whole units; 260.21 → 261, 260.00 stays.</li>
 * <li>{@code ending_99}, {@code ending_90}: up to the next amount ending in .99 or .90 of a unit;
 * 260.21 → 260.99 or 260.90, 260.95 → 260.99 or 261.90, 261.00 → 261.99 or 261.90. With three
 * minor digits the endings are .990 and .900. A currency too small for the ending (JPY) gets whole
 * units; the exchange-rate API refuses such a choice, so this only guards a later change of digits.</li>
 * </ul>
 */
public enum Rounding {
    minor(null),
    whole(BigDecimal.ZERO),
    ending_99(new BigDecimal("0.99")),
    ending_90(new BigDecimal("0.90"));

    /** The fraction of a unit every shown amount ends with; null keeps the minor unit. */
    private final BigDecimal ending;

    Rounding(BigDecimal ending) {
        this.ending = ending;
    }

    /** {@code price} rounded up to this rule's next allowed amount. */
    public Money apply(Money price) {
        long unit = unit(price.currency());
        long amount = inUnit(price.amount(), price.currency());
        return Money.of(amount < price.amount() ? amount + unit : amount, price.currency());
    }

    /**
     * The highest allowed amount of {@code currency} at or below {@code amount} minor units (possibly
     * negative): a price shows at most {@code amount} exactly when it is at most this.
     */
    long down(long amount, String currency) {
        long allowed = inUnit(amount, currency);
        return allowed > amount ? allowed - unit(currency) : allowed;
    }

    /** The allowed amount in the same whole unit as {@code amount}. */
    private long inUnit(long amount, String currency) {
        if (ending == null) {
            return amount;
        }
        int digits = Money.minorDigits(currency);
        long end = fits(digits) ? ending.movePointRight(digits).longValueExact() : 0;
        return Math.floorDiv(amount, unit(currency)) * unit(currency) + end;
    }

    private static long unit(String currency) {
        return BigDecimal.TEN.pow(Money.minorDigits(currency)).longValueExact();
    }

    /** The rules {@code currency} can show, for the manager to choose from. */
    public static List<Rounding> fitting(String currency) {
        return Arrays.stream(values()).filter(r -> r.fits(currency)).toList();
    }

    /** Whether {@code currency} has minor digits enough to show this rule's ending. */
    public boolean fits(String currency) {
        return fits(Money.minorDigits(currency));
    }

    private boolean fits(int digits) {
        return ending == null || ending.movePointRight(digits).stripTrailingZeros().scale() <= 0;
    }
}
