package dev.canopy.storefront;

import java.util.Locale;

import dev.canopy.platform.Countries;

/**
 * Where the shopper wants the parcels to go, known before any address: the country chosen on the cart
 * or checkout page, else the one the browser's language names ({@code fr-FR}: France), else none ("").
 */
final class Destinations {

    private Destinations() {
    }

    static String chosen(String country, String acceptLanguage) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        return known(code) ? code : ofBrowser(acceptLanguage);
    }

    /** Whether {@code code} is an ISO 3166-1 country: a page treats anything else as none chosen. */
    static boolean known(String code) {
        return Countries.isCode(code);
    }

    private static String ofBrowser(String accepted) {
        try {
            return accepted == null ? ""
                    : Locale.LanguageRange.parse(accepted).stream()
                            .map(range -> Locale.forLanguageTag(range.getRange()).getCountry())
                            .filter(Destinations::known).findFirst().orElse("");
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
    }
}
