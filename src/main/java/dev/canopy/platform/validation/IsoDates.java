package dev.canopy.platform.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.canopy.platform.errors.InvalidInput;

/** Days as addresses write them (2026-03-31): a bad one is a 400 naming its field. */
public final class IsoDates {

    private IsoDates() {
    }

    public static LocalDate parse(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "is not an ISO date such as 2026-03-31");
        }
    }
}
