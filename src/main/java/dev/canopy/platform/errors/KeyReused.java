package dev.canopy.platform.errors;

/** An Idempotency-Key sent again with another request than the one it first named. */
public class KeyReused extends DomainException {

    public KeyReused() {
        super(422, "Idempotency-Key reused",
                "This Idempotency-Key was used for another request; send a new key for a new request");
    }
}
