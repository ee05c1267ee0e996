package dev.canopy.portal;

import java.util.List;

/** A portal form the portal itself cannot read (a price that is not a number): nothing was saved. */
class FormRejected extends RuntimeException {

    final transient List<FieldError> errors;

    FormRejected(List<FieldError> errors) {
        super(errors.size() + " fields could not be read", null, false, false);
        this.errors = List.copyOf(errors);
    }
}
