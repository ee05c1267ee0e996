package dev.canopy.portal;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import io.quarkus.qute.TemplateInstance;

/**
 * How the portal answers a form: after a change, 303 to a page (so a reload never sends it twice);
 * when the form is refused, the same page again with the typed values and what was wrong.
 */
final class FormAnswers {

    private FormAnswers() {
    }

    /** The request, checked against the constraints its record declares, for services that take it as valid. */
    static <T> T validated(Validator validator, T request) {
        Set<ConstraintViolation<T>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
        return request;
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /**
     * The page with the form's errors, when {@code e} is about the form (invalid input, a conflict);
     * anything else (not found, forbidden) goes on to the error page.
     */
    static Response refused(RuntimeException e, Function<List<FieldError>, TemplateInstance> page) {
        boolean aboutTheForm = e instanceof FormRejected || e instanceof ConstraintViolationException
                || e instanceof InvalidInput || e instanceof Conflict;
        if (!aboutTheForm) {
            throw e;
        }
        return Response.status(FormErrors.status(e)).entity(page.apply(FormErrors.of(e))).build();
    }
}
