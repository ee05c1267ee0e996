package dev.canopy.storefront;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a brand's home, as {@code home:…} in templates; Russian in {@code messages/home_ru.properties}
 * (a bundle of its own: Quarkus 3.34 breaks on a bundle of more than 300 messages, and {@code msg} is near).
 */
@MessageBundle(value = "home", locale = "en")
public interface HomeMessages {

    @Message("New in the shop")
    String newest();

    @Message("Shop by category")
    String categories();
}
