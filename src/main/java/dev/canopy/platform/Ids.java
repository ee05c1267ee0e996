package dev.canopy.platform;

import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;

/** App-generated identifiers: time-ordered UUIDs (version 7), so inserts stay index-friendly. */
public final class Ids {

    private Ids() {
    }

    public static UUID next() {
        return UuidCreator.getTimeOrderedEpoch();
    }
}
