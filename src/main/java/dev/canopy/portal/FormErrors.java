package dev.canopy.portal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolationException;

import dev.canopy.platform.errors.DomainException;
import dev.canopy.platform.errors.Problem;

/** Why a form was refused, as the page shows it: by field, with the variant's row where there is one. */
final class FormErrors {

    // A property path ("create.draft.variants[2].sku", "variants[0].price.currency", "hsCode")
    private static final Pattern VARIANT = Pattern.compile("variants\\[(\\d+)\\](?:\\.<?(\\w+))?");
    private static final List<String> METHOD_NODES = List.of("create", "change", "add", "replace", "draft", "request",
            "arg0", "arg1");

    private FormErrors() {
    }

    /** The errors of a refused form, or nothing when the exception is not about the form. */
    static List<FieldError> of(RuntimeException e) {
        if (e instanceof FormRejected rejected) {
            return rejected.errors;
        }
        if (e instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream()
                    .map(v -> at(v.getPropertyPath().toString(), v.getMessage())).toList();
        }
        if (e instanceof DomainException domain) {
            List<Problem.Violation> violations = domain.violations();
            return violations.isEmpty() ? List.of(new FieldError(null, null, null, domain.getMessage()))
                    : violations.stream().map(v -> at(v.field(), v.message())).toList();
        }
        return List.of();
    }

    static int status(RuntimeException e) {
        return e instanceof DomainException domain ? domain.status() : 400;
    }

    private static FieldError at(String path, String message) {
        Matcher variant = VARIANT.matcher(path);
        if (variant.find()) {
            return new FieldError(variant.group(2) == null ? "variants" : variant.group(2),
                    Integer.parseInt(variant.group(1)) + 1, null, message);
        }
        String field = Arrays.stream(path.split("\\.")).map(node -> node.replaceFirst("[\\[<].*", ""))
                .filter(node -> !node.isEmpty() && !METHOD_NODES.contains(node)).findFirst().orElse(null);
        return new FieldError(field, null, null, message);
    }
}
