package dev.canopy.platform.errors;

/** A client asked for more than its share; it may try again after {@code retryAfterSeconds}. */
public class TooManyRequests extends DomainException {

    private final long retryAfterSeconds;

    public TooManyRequests(String detail, long retryAfterSeconds) {
        super(429, "Too many requests", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
