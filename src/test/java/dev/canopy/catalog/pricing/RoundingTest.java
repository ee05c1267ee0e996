package dev.canopy.catalog.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.canopy.platform.Money;

/** The display roundings on hand-computed amounts. */
class RoundingTest {

    @Test
    void roundsUpToTheNextAllowedAmount() {
        Money usd = Money.of(26021, "USD");
        assertEquals(Money.of(26021, "USD"), Rounding.minor.apply(usd));
        assertEquals(Money.of(26100, "USD"), Rounding.whole.apply(usd));
        assertEquals(Money.of(26099, "USD"), Rounding.ending_99.apply(usd));
        assertEquals(Money.of(26090, "USD"), Rounding.ending_90.apply(usd));
    }

    @Test
    void keepsAmountsThatAlreadyEndRight() {
        assertEquals(Money.of(26099, "USD"), Rounding.ending_99.apply(Money.of(26099, "USD")));
        assertEquals(Money.of(26090, "USD"), Rounding.ending_90.apply(Money.of(26090, "USD")));
        assertEquals(Money.of(26000, "USD"), Rounding.whole.apply(Money.of(26000, "USD")));
    }

    @Test
    void passesAnEndingToTheNextUnit() {
        assertEquals(Money.of(26190, "USD"), Rounding.ending_90.apply(Money.of(26095, "USD")));
        assertEquals(Money.of(26199, "USD"), Rounding.ending_99.apply(Money.of(26100, "USD")));
    }

    @Test
    void followsIsoMinorUnits() {
        assertEquals(Money.of(2613, "JPY"), Rounding.whole.apply(Money.of(2613, "JPY")));
        assertEquals(Money.of(261000, "KWD"), Rounding.whole.apply(Money.of(260213, "KWD")));
        assertEquals(Money.of(260990, "KWD"), Rounding.ending_99.apply(Money.of(260213, "KWD")));
        assertEquals(Money.of(260900, "BHD"), Rounding.ending_90.apply(Money.of(260213, "BHD")));
        assertFalse(Rounding.ending_99.fits("JPY"));
        assertTrue(Rounding.whole.fits("JPY"));
    }

    @Test
    void conversionRoundsOnlyOtherCurrencies() {
        Conversion toUsd = new Conversion("EUR", "USD", new BigDecimal("1.0842"), Rounding.ending_99);
        // 240.00 EUR × 1.0842 = 260.208 → 260.21 at the minor unit → 260.99 shown
        assertEquals(Money.of(26099, "USD"), toUsd.show(Money.of(24000, "EUR")));
        assertEquals(Money.of(26021, "USD"), toUsd.exact(Money.of(24000, "EUR")));
        Conversion inEur = new Conversion("EUR", "EUR", BigDecimal.ONE, Rounding.minor);
        assertEquals(Money.of(24021, "EUR"), inEur.show(Money.of(24021, "EUR")));
    }

    @Test
    void priceFiltersCompareThePricesShown() {
        assertEquals(25999, Rounding.ending_99.down(26050, "USD"));
        assertEquals(26099, Rounding.ending_99.down(26099, "USD"));
        assertEquals(26000, Rounding.whole.down(26050, "USD"));
        assertEquals(26050, Rounding.minor.down(26050, "USD"));
        // at a rate of 1, 259.99 EUR shows as 259.99 USD and 260.00 EUR as 260.99 USD
        Conversion oneToOne = new Conversion("EUR", "USD", BigDecimal.ONE, Rounding.ending_99);
        assertEquals(25999, oneToOne.upToBase(26050));
        assertEquals(26000, oneToOne.fromBase(26050));
    }
}
