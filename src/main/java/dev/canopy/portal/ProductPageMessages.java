package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the phone-sized product editor and the product list, as {@code prod:…} in templates;
 * Russian in {@code messages/prod_ru.properties}. A bundle of their own, as {@link PaymentMessages} explains.
 */
@MessageBundle(value = "prod", locale = "en")
public interface ProductPageMessages {

    @Message("Parts of the form")
    String sections();

    @Message("Texts")
    String texts();

    @Message("Facts")
    String facts();

    @Message("Size")
    String size();

    @Message("Colour")
    String colour();

    @Message("Pieces you can make in a week")
    String weekly_capacity();

    @Message("For pieces made to order. Leave empty or 0 for no limit.")
    String weekly_capacity_hint();

    @Message("Choose photos (several at once)")
    String choose_photos();

    @Message("JPEG, PNG or WebP, up to 10 MB each and 12 in all. The first is the main photo; you can change the order after saving. On an iPhone, set Settings → Camera → Formats → Most Compatible first.")
    String photos_hint();

    @Message("Add the photos")
    String add_photos();

    @Message("Main photo")
    String main_photo();

    @Message("Make main")
    String make_main();

    @Message("Move earlier")
    String move_earlier();

    @Message("This is an iPhone photo in HEIC format, which Canopy cannot take. On the iPhone choose Settings → Camera → Formats → Most Compatible, take the photo again and send it; or send a JPEG, PNG or WebP picture.")
    String photo_heic();

    @Message("Photo order saved. The first photo is the main one.")
    String photo_moved();

    @Message("Photos added.")
    String photos_added();

    @Message("Price from {price}")
    String price_from(String price);

    @Message("In stock: {count}")
    String in_stock(int count);

    @Message("Stock of {what}")
    String stock_of(String what);

    @Message("Save stock")
    String save_stock();

    @Message("Stock saved.")
    String stock_saved();

    @Message("No photo yet")
    String no_photo();

    @Message("Variant row {number}")
    String row(int number);
}
