package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the exchange-rate page's reference feed, as {@code fx:…} in templates; Russian in
 * {@code messages/fx_ru.properties}. A bundle of their own, as {@link PaymentMessages} explains.
 */
@MessageBundle(value = "fx", locale = "en")
public interface RateMessages {

    @Message("Reference rates of the European Central Bank of {date}, fetched {fetchedAt}.")
    String feed_of(String date, String fetchedAt);

    @Message("The reference rates have not been fetched yet.")
    String feed_never();

    @Message("The last fetch ({at}) failed: {reason}. The rates below are kept until a fetch succeeds.")
    String feed_failed(String at, String reason);

    @Message("This installation has no reference-rate feed: set the rates by hand.")
    String feed_none();

    @Message("Fetch the reference rates now")
    String fetch_now();

    @Message("Reference rates fetched.")
    String fetched();

    @Message("The reference rates could not be fetched; the rates in force are kept.")
    String fetch_failed();

    @Message("Markup on the reference rates, %")
    String markup();

    @Message("Shoppers pay this much more in their currency than at the reference rate; 0 for none. Your own rates get no markup.")
    String markup_hint();

    @Message("In force")
    String in_force();

    @Message("Your own rate")
    String override();

    @Message("{#when source}{#is 'feed'}reference feed{#else}set by hand{/when}")
    String source(String source);
}
