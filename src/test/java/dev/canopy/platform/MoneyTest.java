package dev.canopy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The documented rule: exact product, rounded half-even to the target's minor unit. */
class MoneyTest {

    @Test
    void halfACentRoundsToTheEvenCent() {
        // 1.25 EUR * 1.1 = 1.375 USD -> 1.38 (the 8 is even); 1.35 * 1.1 = 1.485 -> 1.48
        assertEquals(Money.of(138, "USD"), Money.of(125, "EUR").convert(new BigDecimal("1.1"), "USD"));
        assertEquals(Money.of(148, "USD"), Money.of(135, "EUR").convert(new BigDecimal("1.1"), "USD"));
    }

    @Test
    void currenciesWithoutMinorUnitsRoundToWholeUnits() {
        // 240.00 EUR * 162.345 JPY = 38962.8 JPY -> 38963
        assertEquals(Money.of(38963, "JPY"), Money.of(24000, "EUR").convert(new BigDecimal("162.345"), "JPY"));
        // 12345 JPY * 0.0061 = 75.3045 EUR -> 75.30
        assertEquals(Money.of(7530, "EUR"), Money.of(12345, "JPY").convert(new BigDecimal("0.0061"), "EUR"));
    }

    @Test
    void dramConversionKeepsTwoDecimalsAsIso4217Says() {
        // 240.00 EUR * 421.5 AMD = 101160.00 AMD
        assertEquals(Money.of(10116000, "AMD"), Money.of(24000, "EUR").convert(new BigDecimal("421.5"), "AMD"));
    }
}
