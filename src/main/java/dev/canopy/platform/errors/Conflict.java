package dev.canopy.platform.errors;

public class Conflict extends DomainException {

    public Conflict(String detail) {
        super(409, "Conflict", detail);
    }
}
