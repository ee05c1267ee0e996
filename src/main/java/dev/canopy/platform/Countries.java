package dev.canopy.platform;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Facts about countries that addresses and customs depend on. */
public final class Countries {

    // ISO 3166-1 countries whose addresses have no postal code (after the UPU's list)
    private static final Set<String> WITHOUT_POSTAL_CODES = Set.of("AE", "AG", "AN", "AO", "AW", "BF", "BI", "BJ",
            "BO", "BS", "BW", "BZ", "CD", "CF", "CG", "CI", "CK", "CM", "DJ", "DM", "ER", "FJ", "GA", "GD", "GH", "GM",
            "GQ", "GY", "HK", "JM", "KI", "KM", "KN", "KP", "LC", "ML", "MO", "MR", "MS", "MW", "NR", "NU", "QA", "RW",
            "SB", "SC", "SL", "SR", "ST", "SY", "TD", "TF", "TG", "TK", "TL", "TO", "TT", "TV", "UG", "VU", "YE", "ZW");

    private static final Set<String> EUROPEAN_UNION = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES",
            "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    // The UN's Europe (M49) outside the EU, Åland included: it is outside the EU's VAT area
    private static final Set<String> EUROPE_OUTSIDE_EU = Set.of("AD", "AL", "AX", "BA", "BY", "CH", "FO", "GB", "GG",
            "GI", "IM", "IS", "JE", "LI", "MC", "MD", "ME", "MK", "NO", "RS", "RU", "SJ", "SM", "UA", "VA");

    // The UN's Northern America (M49) and Mexico, as carriers price North America
    private static final Set<String> NORTH_AMERICA = Set.of("BM", "CA", "GL", "MX", "PM", "US");

    /** A country's ISO 3166 code and its name in some language. */
    public record Named(String code, String name) {
    }

    private Countries() {
    }

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /** Whether {@code code} is an ISO 3166-1 alpha-2 code (upper case). */
    public static boolean isCode(String code) {
        return CODES.contains(code);
    }

    /** Every ISO 3166 country, named and ordered in that language. */
    public static List<Named> named(Locale language) {
        Comparator<Named> byName = Comparator.comparing(Named::name, java.text.Collator.getInstance(language));
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Named(code, new Locale("", code).getDisplayCountry(language))).sorted(byName).toList();
    }

    public static Set<String> europeanUnion() {
        return EUROPEAN_UNION;
    }

    public static Set<String> europeOutsideEu() {
        return EUROPE_OUTSIDE_EU;
    }

    public static Set<String> northAmerica() {
        return NORTH_AMERICA;
    }

    public static boolean usesPostalCodes(String country) {
        return !WITHOUT_POSTAL_CODES.contains(country);
    }

    public static boolean inEuropeanUnion(String country) {
        return EUROPEAN_UNION.contains(country);
    }
}
