package dev.canopy.platform.errors;

import java.util.List;

/** Input that passed the field constraints but breaks a rule of its consortium. */
public class InvalidInput extends DomainException {

    private final List<Problem.Violation> violations;

    public InvalidInput(String detail) {
        this(detail, List.of());
    }

    public InvalidInput(String field, String message) {
        this("The request has invalid fields", List.of(new Problem.Violation(field, message)));
    }

    private InvalidInput(String detail, List<Problem.Violation> violations) {
        super(400, "Invalid input", detail);
        this.violations = violations;
    }

    @Override
    public List<Problem.Violation> violations() {
        return violations;
    }
}
