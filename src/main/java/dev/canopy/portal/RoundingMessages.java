package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the rates page's display rounding, as {@code round:…} in templates; Russian in
 * {@code messages/round_ru.properties}. A bundle of their own, as {@link PaymentMessages} explains.
 */
@MessageBundle(value = "round", locale = "en")
public interface RoundingMessages {

    @Message("Prices shown")
    String rounding();

    @Message("{#when rounding}{#is 'whole'}whole units (260.21 → 261){#is 'ending_99'}ending in .99 (260.21 → 260.99){#is 'ending_90'}ending in .90 (260.21 → 260.90){#else}to the cent (260.21){/when}")
    String choice(String rounding);

    @Message("Converted prices are rounded up to the next amount of the chosen kind, never down; the order charges exactly the price shown. Prices in your base currency stay as the artisans set them; shipping is converted to the cent.")
    String hint();

    @Message("Prices shown in {currency}")
    String of(String currency);
}
