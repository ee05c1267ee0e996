package dev.canopy.ordering;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.canopy.platform.PostalCodes;
import dev.canopy.platform.validation.CountryCode;

/** Where the parcels go. Whether a postal code is needed, and how it looks, depends on the country. */
public record ShippingAddress(
        @NotBlank @Size(max = 120) String name,
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

    /** The address with its postal code written as the post writes it, for labels and papers. */
    ShippingAddress forLabels() {
        return new ShippingAddress(name, line1, line2, city, PostalCodes.normal(postalCode), region, country);
    }
}
