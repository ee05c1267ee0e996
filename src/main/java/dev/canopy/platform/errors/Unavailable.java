package dev.canopy.platform.errors;

public class Unavailable extends DomainException {

    public Unavailable(String detail) {
        super(503, "Service unavailable", detail);
    }
}
