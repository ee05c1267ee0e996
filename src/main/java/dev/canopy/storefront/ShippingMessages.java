package dev.canopy.storefront;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The storefront's words about destinations, shipping prices and addresses, as {@code ship:…} in
 * templates; Russian in {@code messages/ship_ru.properties}. A bundle of its own: Quarkus 3.34 fails
 * to start with a bundle of more than 300 messages, and {@code msg} is close to that.
 */
@MessageBundle(value = "ship", locale = "en")
public interface ShippingMessages {

    @Message("This is not a postal code used in {country}.{#if example} They look like {example}.{/if}")
    String postal_format(String country, String example);

    @Message("Ship to")
    String ship_to();

    @Message("Show shipping and total")
    String show();

    @Message("Show the address fields and shipping for this country")
    String refresh();

    @Message("Choose where to ship to see the shipping and the total.")
    String choose();

    @Message("Parcel {index}: {titles}")
    String parcel(int index, String titles);

    @Message("sent together")
    String together();

    @Message("Shipping to {country}")
    String shipping_to(String country);

    @Message("Total")
    String total();

    @Message("We do not ship to {country} yet. Choose another country to order.")
    String not_shipped(String country);

    @Message("arrives in {min}–{max} days")
    String arrives(int min, int max);

    @Message("Delivery to {country}")
    String delivery_to(String country);

    @Message("{min}–{max} days")
    String delivery_days(int min, int max);

    @Message("{min}–{max} days once in stock; if made to order, {made} days more")
    String delivery_made(int min, int max, Integer made);
}
