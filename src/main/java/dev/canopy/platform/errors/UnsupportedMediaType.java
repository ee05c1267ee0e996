package dev.canopy.platform.errors;

public class UnsupportedMediaType extends DomainException {

    public UnsupportedMediaType(String detail) {
        super(415, "Unsupported media type", detail);
    }
}
