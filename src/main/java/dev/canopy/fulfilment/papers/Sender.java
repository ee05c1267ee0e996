package dev.canopy.fulfilment.papers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.canopy.platform.validation.CountryCode;

/** The exporter named on the papers; only the name and the country are required. */
public record Sender(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 200) String line1,
        @Size(max = 200) String line2,
        @Size(max = 120) String city,
        @Size(max = 20) String postalCode,
        @Size(max = 120) String region,
        @NotNull @CountryCode String country) {

    static Sender of(String name, String country) {
        return new Sender(name, null, null, null, null, null, country);
    }
}
