package dev.canopy.storefront;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.canopy.platform.Countries;

/**
 * How addresses are written in a country, so the checkout asks as the post there does: whether there
 * is a postal code, what it is called, whether it comes before the town, what the region is called.
 * The names are codes; the message bundle words them in the page's language.
 */
public record AddressFormat(String country, boolean postalCode, String postalName, boolean postalFirst,
        String regionName) {

    public record Country(String code, String name) {
    }

    private static final Map<String, String> POSTAL_NAMES = Map.ofEntries(Map.entry("US", "zip"),
            Map.entry("PH", "zip"), Map.entry("GB", "postcode"), Map.entry("AU", "postcode"),
            Map.entry("NZ", "postcode"), Map.entry("IN", "pin"), Map.entry("IE", "eircode"), Map.entry("BR", "cep"),
            Map.entry("IT", "cap"), Map.entry("DE", "plz"), Map.entry("AT", "plz"), Map.entry("CH", "plz"));
    private static final Set<String> POSTAL_FIRST = Set.of("FR", "DE", "AT", "CH", "ES", "IT", "NL", "BE", "LU", "PT",
            "PL", "CZ", "SK", "HU", "SE", "DK", "NO", "FI", "IS", "GR", "HR", "SI", "RO", "BG", "LT", "LV", "EE", "RU",
            "BY", "UA", "TJ", "UZ", "KZ", "KG", "AM", "GE", "AZ", "TR", "IL", "MX", "AR", "CL", "CO");
    private static final Map<String, String> REGION_NAMES = Map.ofEntries(Map.entry("US", "state"),
            Map.entry("AU", "state"), Map.entry("BR", "state"), Map.entry("IN", "state"), Map.entry("MX", "state"),
            Map.entry("MY", "state"), Map.entry("NG", "state"), Map.entry("CA", "province"),
            Map.entry("CN", "province"), Map.entry("ES", "province"), Map.entry("IT", "province"),
            Map.entry("AR", "province"), Map.entry("ZA", "province"), Map.entry("GB", "county"),
            Map.entry("IE", "county"), Map.entry("AE", "emirate"), Map.entry("JP", "prefecture"));
    private static final Map<String, List<Country>> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** The format of {@code country}; for none chosen yet, a postal code that the service asks for where needed. */
    static AddressFormat of(String country) {
        return new AddressFormat(country, !Destinations.known(country) || Countries.usesPostalCodes(country),
                POSTAL_NAMES.getOrDefault(country, "postal"), POSTAL_FIRST.contains(country),
                REGION_NAMES.getOrDefault(country, "region"));
    }

    /** Whether the page may ask for the postal code as required (the browser then checks it too). */
    public boolean postalRequired() {
        return postalCode && Countries.usesPostalCodes(country) && !country.isEmpty();
    }

    /** Every country, by its name in the page's language. */
    static List<Country> countries(Locale language) {
        return BY_LANGUAGE.computeIfAbsent(language.getLanguage(), tag -> {
            Locale locale = Locale.forLanguageTag(tag);
            Collator collator = Collator.getInstance(locale);
            return Arrays.stream(Locale.getISOCountries())
                    .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                    .sorted(Comparator.comparing(Country::name, collator)).toList();
        });
    }
}
