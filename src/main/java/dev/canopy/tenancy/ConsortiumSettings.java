package dev.canopy.tenancy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.canopy.platform.validation.CountryCode;
import dev.canopy.platform.validation.CurrencyCode;
import dev.canopy.platform.validation.LanguageCode;
import dev.canopy.platform.validation.TimeZoneId;

/**
 * A manager's change to the settings: only the fields present change. The slug and the base
 * currency are fixed once the consortium exists (URLs and prices depend on them).
 */
public record ConsortiumSettings(
        @Size(min = 1, max = 120) String name,
        @JsonDeserialize(using = Stories.Json.class) @Size(max = 10) Map<@NotNull String, @Size(max = 5000) String> story,
        @Size(max = 500) String logo,
        @Pattern(regexp = Patterns.COLOR, message = Patterns.COLOR_MESSAGE) String primaryColor,
        @Size(min = 1) List<@NotNull @CurrencyCode String> currencies,
        @Size(min = 1) List<@NotNull @LanguageCode String> languages,
        @DecimalMin("0") @DecimalMax("1") BigDecimal commissionRate,
        @CountryCode String country,
        @TimeZoneId String timeZone,
        List<@NotNull @Pattern(regexp = Patterns.DOMAIN, message = Patterns.DOMAIN_MESSAGE) String> domains) {

    /** A change of the story alone, as the portal's form sends it. */
    public static ConsortiumSettings story(Map<String, String> story) {
        return new ConsortiumSettings(null, story, null, null, null, null, null, null, null, null);
    }
}
