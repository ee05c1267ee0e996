package dev.canopy.storefront;

import java.util.UUID;

/** Fields of the storefront's forms as shoppers send them: what cannot be read counts as absent. */
final class Forms {

    private Forms() {
    }

    static UUID id(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A count of items; anything but a few digits is none (the service's bounds then refuse it). */
    static Integer count(String text) {
        String value = text == null ? "" : text.strip();
        return value.matches("[0-9]{1,4}") ? Integer.valueOf(value) : null;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
