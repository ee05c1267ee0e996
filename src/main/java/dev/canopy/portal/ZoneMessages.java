package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the shipping page's zone and country pickers, as {@code zones:…} in templates; Russian in
 * {@code messages/zones_ru.properties}. A bundle of their own, as {@link PaymentMessages} explains.
 */
@MessageBundle(value = "zones", locale = "en")
public interface ZoneMessages {

    @Message("Ready zone")
    String ready_zone();

    @Message("Countries picked from the list")
    String picked();

    @Message("{#when zone}{#is 'eu'}European Union{#is 'europe'}Europe outside the EU{#is 'north_america'}North America{#else}Rest of the world{/when}")
    String ready(String zone);

    @Message("For each zone pick a ready zone, or countries from the list (on a computer, hold Ctrl or ⌘ to pick several). Zones are tried from the top: put the rest of the world last.")
    String pickers_hint();
}
