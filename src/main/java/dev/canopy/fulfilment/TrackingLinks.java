package dev.canopy.fulfilment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a shopper follows a parcel, for the carriers we know by the name a workshop types
 * ("DHL Express", "La Poste"); the carrier is free text, so any other has no link.
 */
final class TrackingLinks {

    /** Carrier names reduced to their letters, each with its public tracking page. */
    private static final Map<String, String> PAGES = Map.of(
            "dhl", "https://www.dhl.com/global-en/home/tracking.html?tracking-id=",
            "ups", "https://www.ups.com/track?tracknum=",
            "fedex", "https://www.fedex.com/fedextrack/?trknbr=",
            "usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels=",
            "dpd", "https://tracking.dpd.de/status/en_US/parcel/",
            "gls", "https://gls-group.com/track/",
            "laposte", "https://www.laposte.fr/outils/suivre-vos-envois?code=",
            "colissimo", "https://www.laposte.fr/outils/suivre-vos-envois?code=",
            "royalmail", "https://www.royalmail.com/track-your-item#/tracking-results/",
            "pochtarossii", "https://www.pochta.ru/tracking?barcode=");

    private TrackingLinks() {
    }

    static Optional<String> of(String carrier, String trackingNumber) {
        String name = carrier.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")
                .replace("почтароссии", "pochtarossii").replace("express", "");
        return Optional.ofNullable(PAGES.get(name))
                .map(page -> page + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8));
    }
}
