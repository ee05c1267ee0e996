package dev.canopy.platform.errors;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or form parameter that cannot be read as its type. It is a WebApplicationException so
 * that RESTEasy Reactive passes it on as it is, instead of turning it into JAX-RS' 404.
 */
public class InvalidParameter extends BadRequestException {

    private final Problem.Violation violation;

    public InvalidParameter(String name, String message) {
        super(name + " " + message);
        this.violation = new Problem.Violation(name, message);
    }

    public Problem.Violation violation() {
        return violation;
    }
}
