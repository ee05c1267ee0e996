package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words about prices and variants waiting for the brand's review, in the review queue and the
 * product editor, as {@code review:…} in templates; Russian in {@code messages/review_ru.properties}
 * (a bundle of its own: {@code msg} is full).
 */
@MessageBundle(value = "review", locale = "en")
public interface ReviewMessages {

    @Message("{was} → {asked}")
    String price_change(String was, String asked);

    @Message("new price")
    String new_price();

    @Message("new variant")
    String new_variant();

    @Message("Shoppers pay {was} until the brand approves the new price.")
    String live_price(String was);

    @Message("Shoppers see this variant once the brand approves it.")
    String variant_waits();
}
