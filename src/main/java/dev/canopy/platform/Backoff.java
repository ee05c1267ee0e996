package dev.canopy.platform;

import java.time.Duration;

/** How long a failed call out (mail, Stripe) waits before its next try: doubling from a minute, at most an hour. */
public final class Backoff {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private Backoff() {
    }

    public static Duration after(int attempts) {
        return Duration.ofSeconds(Math.min(LONGEST_WAIT.toSeconds(), 30L << Math.min(attempts, 10)));
    }
}
