package dev.canopy.platform.errors;

public class PayloadTooLarge extends DomainException {

    public PayloadTooLarge(String detail) {
        super(413, "Payload too large", detail);
    }
}
