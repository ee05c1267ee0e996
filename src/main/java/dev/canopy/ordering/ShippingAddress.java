package dev.canopy.ordering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.canopy.platform.validation.CountryCode;

/** Where the parcels go. Whether a postal code is needed depends on the country (see PostalCodes). */
public record ShippingAddress(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @NotBlank @Size(max = 120) String city,
        @Size(max = 20) String postalCode,
        @Size(max = 120) String region,
        @NotNull @CountryCode String country) {
}
