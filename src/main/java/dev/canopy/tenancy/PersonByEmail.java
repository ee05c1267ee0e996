package dev.canopy.tenancy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manager or an artisan to add, known by the e-mail their identity provider verifies. */
public record PersonByEmail(@NotBlank @Email @Size(max = 254) String email) {
}
