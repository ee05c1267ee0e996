package dev.canopy.platform;

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

    private Countries() {
    }

    public static boolean usesPostalCodes(String country) {
        return !WITHOUT_POSTAL_CODES.contains(country);
    }

    public static boolean inEuropeanUnion(String country) {
        return EUROPEAN_UNION.contains(country);
    }
}
