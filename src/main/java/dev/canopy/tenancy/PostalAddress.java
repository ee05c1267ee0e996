package dev.canopy.tenancy;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.canopy.platform.PostalCodes;
import dev.canopy.platform.validation.CountryCode;

/** A workshop's street address, as the post of its country writes it; the parcels it ships name it. */
public record PostalAddress(
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank @Size(max = 120) String city,
        @Size(max = 20) String postalCode,
        @Size(max = 120) String region,
        @NotNull @CountryCode String country) {

    /** Why the post of the country would refuse the postal code (missing or malformed), if it would. */
    Optional<String> postalCodeRefusal() {
        return PostalCodes.refusalOfAddress(country, postalCode);
    }

    /** Trimmed, blanks as absent and the postal code written as the post writes it. */
    PostalAddress normal() {
        return new PostalAddress(line1.trim(), orNull(line2), city.trim(), PostalCodes.normal(orNull(postalCode)),
                orNull(region), country);
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
