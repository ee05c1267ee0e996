package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

import dev.canopy.platform.Money;

/**
 * Base-currency prices shown in the shopper's currency at one rate ({@link Money#convert}), with the
 * manager's display rounding for that currency. The base currency's own prices are never rounded.
 */
public record Conversion(String base, String target, BigDecimal rate, Rounding rounding) {

    /** A price as the shopper sees it, and as the order freezes and charges it. */
    public Money show(Money basePrice) {
        return base.equals(target) ? basePrice : rounding.apply(exact(basePrice));
    }

    /**
     * A fee passed on at cost (shipping), converted to the minor unit only: a .99 ending on a 5.00
     * parcel would add a fifth to it.
     */
    public Money exact(Money baseAmount) {
        return base.equals(target) ? baseAmount : baseAmount.convert(rate, target);
    }

    /** The lowest base price shown at {@code targetAmount} or more, for a "from" price filter. */
    public long fromBase(long targetAmount) {
        return toBase(rounding.down(targetAmount - 1, target) + 1);
    }

    /** The highest base price shown at {@code targetAmount} or less, for an "up to" price filter. */
    public long upToBase(long targetAmount) {
        return toBase(rounding.down(targetAmount, target));
    }

    /** An amount in the target currency, in base minor units at the inverse rate. */
    private long toBase(long targetAmount) {
        if (base.equals(target)) {
            return targetAmount;
        }
        BigDecimal inverse = BigDecimal.ONE.divide(rate, MathContext.DECIMAL64);
        return Money.of(targetAmount, target).convert(inverse, base).amount();
    }
}
