package dev.canopy.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.platform.errors.TooManyRequests;

/**
 * Unpaid orders hold stock, so nobody may hoard it: a shopper's e-mail and a client address may each
 * hold a few unpaid orders at once (0 turns a limit off, as a load test needs). Past a limit the
 * answer is 429, to retry once the oldest of those orders is paid or its reservation ends.
 */
@ApplicationScoped
class UnpaidLimits {

    @Inject
    OrderRepository orders;
    @Inject
    Clock clock;
    @ConfigProperty(name = "canopy.checkout.unpaid-per-email")
    int perEmail;
    @ConfigProperty(name = "canopy.checkout.unpaid-per-client")
    int perClient;

    void check(String email, Optional<String> client) {
        if (perEmail == 0 && perClient == 0) {
            return;
        }
        OrderRepository.Unpaid unpaid = orders.unpaid(email.trim().toLowerCase(Locale.ROOT), client.orElse(null));
        if (perEmail > 0 && unpaid.byEmail() >= perEmail) {
            throw refused("this e-mail address has " + unpaid.byEmail() + " unpaid orders", unpaid.firstFree());
        }
        if (perClient > 0 && unpaid.byClient() >= perClient) {
            throw refused("too many unpaid orders were placed from this address", unpaid.firstFree());
        }
    }

    private TooManyRequests refused(String why, Instant firstFree) {
        long seconds = Math.max(1, Duration.between(clock.instant(), firstFree).toSeconds());
        return new TooManyRequests("Pay or cancel an earlier order first: " + why, seconds);
    }
}
