package dev.canopy.tenancy;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.canopy.platform.validation.CountryCode;

/** A workshop the manager admits; it starts {@code active} unless a status is given. */
public record NewMember(
        @NotBlank @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) String region,
        @Size(max = 120) String craft,
        @NotNull @CountryCode String country,
        @Email @Size(max = 254) String contactEmail,
        @JsonDeserialize(using = Stories.Json.class) @Size(max = 10) Map<@NotNull String, @Size(max = 5000) String> story,
        Member.Status status,
        @Valid PostalAddress address) {
}
