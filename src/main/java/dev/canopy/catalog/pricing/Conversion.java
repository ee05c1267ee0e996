package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

import dev.canopy.platform.Money;

/** Base-currency prices shown in the shopper's currency at one rate; see {@link Money#convert}. */
public record Conversion(String base, String target, BigDecimal rate) {

    public Money show(Money basePrice) {
        return base.equals(target) ? basePrice : basePrice.convert(rate, target);
    }

    /** An amount the shopper typed in the target currency, in base minor units (for price filters). */
    public long toBase(long targetAmount) {
        if (base.equals(target)) {
            return targetAmount;
        }
        BigDecimal inverse = BigDecimal.ONE.divide(rate, MathContext.DECIMAL64);
        return Money.of(targetAmount, target).convert(inverse, base).amount();
    }
}
