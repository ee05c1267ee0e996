package dev.canopy.catalog.pricing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How old the feed's rates are: the ECB's date for them, when they were fetched, and the last
 * attempt's failure if it failed. {@code stale} when that attempt failed or the rates are older than
 * two fetch periods; the rates in force are kept either way.
 */
public record FeedAge(boolean configured, LocalDate referenceDate, Instant fetchedAt, Instant lastAttemptAt,
        String lastFailure, boolean stale) {

    static FeedAge of(FeedStatus.Status status, boolean configured, Duration every, Instant now) {
        boolean old = status.fetchedAt() != null && status.fetchedAt().plus(every.multipliedBy(2)).isBefore(now);
        return new FeedAge(configured, status.referenceDate(), status.fetchedAt(), status.attemptedAt(),
                status.failure(), status.failure() != null || old);
    }
}
