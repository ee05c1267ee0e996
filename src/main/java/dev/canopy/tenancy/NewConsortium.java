package dev.canopy.tenancy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.canopy.platform.validation.CountryCode;
import dev.canopy.platform.validation.CurrencyCode;
import dev.canopy.platform.validation.LanguageCode;

/** What the operator gives to create a consortium; {@code managers} are its first managers' e-mails. */
public record NewConsortium(
        @NotBlank @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,
        @NotBlank @Size(max = 120) String name,
        @JsonDeserialize(using = Stories.Json.class) @Size(max = 10) Map<@NotNull String, @Size(max = 5000) String> story,
        @Size(max = 500) String logo,
        @Pattern(regexp = Patterns.COLOR, message = Patterns.COLOR_MESSAGE) String primaryColor,
        @NotNull @CurrencyCode String baseCurrency,
        List<@NotNull @CurrencyCode String> currencies,
        @NotEmpty List<@NotNull @LanguageCode String> languages,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal commissionRate,
        @NotNull @CountryCode String country,
        List<@NotNull @Pattern(regexp = Patterns.DOMAIN, message = Patterns.DOMAIN_MESSAGE) String> domains,
        List<@NotNull @Email String> managers) {
}
