package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the artisans' product editor, as {@code edit:…} in templates; Russian in
 * {@code messages/edit_ru.properties}. A bundle of their own, as {@link PaymentMessages} explains.
 */
@MessageBundle(value = "edit", locale = "en")
public interface EditorMessages {

    @Message("New product")
    String new_product();

    @Message("Saved.")
    String saved();

    @Message("Texts in {language}")
    String texts_in(String language);

    @Message("Title")
    String title();

    @Message("Description")
    String description();

    @Message("What it is made of, and for customs")
    String facts();

    @Message("No category")
    String no_category();

    @Message("Separate them with commas: wool, natural dyes")
    String materials_hint();

    @Message("HS code")
    String hs_code();

    @Message("Country of origin (ISO code, e.g. TJ)")
    String origin();

    @Message("Weight in grams")
    String weight();

    @Message("Days to make to order")
    String lead_time();

    @Message("Leave empty if every piece is ready to ship")
    String lead_time_hint();

    @Message("Sizes, colours and prices")
    String variants();

    @Message("Each variant is one thing a shopper can buy. Fill in an empty row to add a variant; on a phone each row is a card.")
    String variants_hint();

    @Message("Variant {number}")
    String variant(int number);

    @Message("New variant")
    String new_variant();

    @Message("SKU (your article number)")
    String sku();

    @Message("Options")
    String options();

    @Message("One per line, like size=120x180")
    String options_hint();

    @Message("Price in {currency}")
    String price(String currency);

    @Message("In stock")
    String stock();

    @Message("Remove this variant")
    String remove_variant();

    @Message("Save")
    String save();

    @Message("Photos")
    String photos();

    @Message("No photos yet.")
    String no_photos();

    @Message("Review")
    String review();

    @Message("When the texts and photos are ready, send the product to the brand's manager. It appears in the shop once approved.")
    String submit_hint();

    @Message("6 to 10 digits, for customs; for example 570110 for hand-knotted wool carpets")
    String hs_code_hint();

    @Message("{#when status}{#is 'pending_review'}The brand's manager is looking at it.{#is 'published'}It is in the shop. Changing its texts sends it back to review; prices and stock do not.{#else}It is archived.{/when}")
    String review_state(String status);
}
