package dev.canopy.portal;

/**
 * A problem with one field of a portal form, shown above the form. {@code row} is the variant's row
 * (from 1) when the field is one of a variant's; {@code code} names a problem the portal found
 * itself (its text is in the message bundle), else {@code message} is the service's own words.
 */
public record FieldError(String field, Integer row, String code, String message) {

    static FieldError of(String field, Integer row, String code) {
        return new FieldError(field, row, code, null);
    }
}
