package dev.canopy.storefront;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The storefront's words about stock held by unpaid orders, as {@code hold:…} in templates; Russian
 * in {@code messages/hold_ru.properties} (a bundle of its own: {@code msg} is full).
 */
@MessageBundle(value = "hold", locale = "en")
public interface HoldMessages {

    @Message("Several orders placed with this e-mail or from this connection are still unpaid, and each"
            + " holds its pieces for other shoppers. Pay or cancel one of them first, or try again later.")
    String too_many_unpaid();
}
