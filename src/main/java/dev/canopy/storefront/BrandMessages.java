package dev.canopy.storefront;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a brand's home that sells and of its manager's settings for it (story, hero picture,
 * picks), as {@code brand:…} in templates; Russian in {@code messages/brand_ru.properties}. A bundle of
 * its own: Quarkus 3.34 breaks on a bundle of more than 300 messages, and {@code msg} is full.
 */
@MessageBundle(value = "brand", locale = "en")
public interface BrandMessages {

    @Message("Chosen by the brand")
    String featured();

    @Message("Care")
    String care();

    @Message("Brand home")
    String home_settings();

    @Message("Story in {language}")
    String story_in(String language);

    @Message("Save the story")
    String save_story();

    @Message("Hero picture")
    String hero();

    @Message("A wide photo (JPEG, PNG or WebP) shown at the top of the shop's home.")
    String hero_hint();

    @Message("Describe the picture for people who cannot see it")
    String hero_alt();

    @Message("Upload the picture")
    String hero_upload();

    @Message("Feature on the home page")
    String feature();

    @Message("Take off the home page")
    String unfeature();

    @Message("On the home page")
    String featured_badge();

    @Message("Workshop story")
    String member_story();
}
