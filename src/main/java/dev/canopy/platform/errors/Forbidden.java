package dev.canopy.platform.errors;

public class Forbidden extends DomainException {

    public Forbidden(String detail) {
        super(403, "Forbidden", detail);
    }
}
