package dev.canopy.fulfilment.papers;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import dev.canopy.ordering.ShippingAddress;
import dev.canopy.tenancy.MemberView;
import dev.canopy.tenancy.PostalAddress;

/**
 * A sender or receiver as printed: the name, the address lines and the country in English. Without a
 * street and a town the lines are left out altogether: the papers then say the address is missing,
 * since a carrier returns a parcel whose sender has only a name and a country.
 */
public record Party(String name, List<String> lines, String country, String countryName) {

    public boolean addressMissing() {
        return lines.isEmpty();
    }

    static Party of(Sender s) {
        return of(s.name(), s.line1(), s.line2(), s.postalCode(), s.city(), s.region(), s.country());
    }

    static Party of(MemberView workshop) {
        PostalAddress a = workshop.address();
        return a == null ? of(workshop.name(), null, null, null, null, null, workshop.country())
                : of(workshop.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country());
    }

    static Party of(ShippingAddress a) {
        return of(a.name(), a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country());
    }

    static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private static Party of(String name, String line1, String line2, String postalCode, String city, String region,
            String country) {
        if (isBlank(line1) || isBlank(city)) {
            return new Party(name, List.of(), country, countryName(country));
        }
        String town = Stream.of(postalCode, city).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .reduce((a, b) -> a + " " + b).orElse(null);
        List<String> lines = Stream.of(line1, line2, town, region).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .toList();
        return new Party(name, lines, country, countryName(country));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
