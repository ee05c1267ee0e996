package dev.canopy.fulfilment.papers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import dev.canopy.ordering.ShippingAddress;

/** A sender or receiver as printed: the name, the address lines and the country in English. */
public record Party(String name, List<String> lines, String country, String countryName) {

    static Party of(Sender s) {
        return of(s.name(), s.line1(), s.line2(), s.postalCode(), s.city(), s.region(), s.country());
    }

    static Party of(ShippingAddress a) {
        return of(a.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country());
    }

    static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private static Party of(String name, String line1, String line2, String postalCode, String city, String region,
            String country) {
        String town = Stream.of(postalCode, city).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .reduce((a, b) -> a + " " + b).orElse(null);
        List<String> lines = Stream.of(line1, line2, town, region).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .toList();
        return new Party(name, lines, country, countryName(country));
    }
}
