package dev.canopy.platform.errors;

public class InvalidInput extends DomainException {

    public InvalidInput(String detail) {
        super(400, "Invalid input", detail);
    }
}
