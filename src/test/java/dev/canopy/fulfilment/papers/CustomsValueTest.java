package dev.canopy.fulfilment.papers;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.canopy.fulfilment.papers.CustomsValue.Form;

/** The euro value that picks a parcel's form and its IOSS number, from any order currency. */
class CustomsValueTest {

    private static final BigDecimal LIMIT = new BigDecimal("425");

    @Test
    void aEuroParcelIsMeasuredAsItIsUpToTheLimitInclusive() {
        assertThat(euro(42500, "EUR", "1", "EUR").form(LIMIT), equalTo(Form.CN22));
        assertThat(euro(42501, "EUR", "1", "EUR").form(LIMIT), equalTo(Form.CN23));
    }

    @Test
    void anotherCurrencyGoesBackToTheEuroBaseThroughTheOrdersRate() {
        CustomsValue value = euro(50000, "USD", "1.25", "EUR");
        assertThat(value.euro().orElseThrow(), comparesEqualTo(new BigDecimal("400")));
        assertThat(value.form(LIMIT), equalTo(Form.CN22));
    }

    @Test
    void aNonEuroBaseNeedsTheConsortiumsEuroRate() {
        // 5000 TJS at 0.085 EUR per somoni is 425 EUR; a dollar order is 10.9 somoni per dollar
        CustomsValue somoni = CustomsValue.of(500000, "TJS", BigDecimal.ONE, "TJS", Optional.of(new BigDecimal("0.085")));
        assertThat(somoni.form(LIMIT), equalTo(Form.CN22));
        CustomsValue dollars = CustomsValue.of(10900, "USD", new BigDecimal("0.0917431193"), "TJS",
                Optional.of(new BigDecimal("0.085")));
        assertThat(dollars.euro().orElseThrow().setScale(2, java.math.RoundingMode.HALF_EVEN),
                comparesEqualTo(new BigDecimal("100.99")));
    }

    @Test
    void withoutAWayToTheEuroAParcelGetsTheStricterFormAndNoIoss() {
        CustomsValue unknown = CustomsValue.of(1000, "TJS", BigDecimal.ONE, "TJS", Optional.empty());
        assertThat(unknown.form(LIMIT), equalTo(Form.CN23));
        assertThat(unknown.iossApplies("FR"), equalTo(false));
    }

    @Test
    void iossAppliesOnlyToTheUnionUpTo150Euro() {
        assertThat(euro(15000, "EUR", "1", "EUR").iossApplies("FR"), equalTo(true));
        assertThat(euro(15001, "EUR", "1", "EUR").iossApplies("FR"), equalTo(false));
        assertThat(euro(4500, "EUR", "1", "EUR").iossApplies("US"), equalTo(false));
        assertThat(euro(4500, "EUR", "1", "EUR").iossApplies("CH"), equalTo(false));
    }

    private static CustomsValue euro(long amount, String currency, String rate, String base) {
        return CustomsValue.of(amount, currency, new BigDecimal(rate), base, Optional.empty());
    }
}
