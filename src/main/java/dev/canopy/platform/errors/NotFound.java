package dev.canopy.platform.errors;

public class NotFound extends DomainException {

    public NotFound(String detail) {
        super(404, "Not found", detail);
    }
}
