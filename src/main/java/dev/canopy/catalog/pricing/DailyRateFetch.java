package dev.canopy.catalog.pricing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import dev.canopy.platform.Backoff;
import dev.canopy.tenancy.TenantContext;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Fetches the reference rates once a day for every consortium. Due consortia are leased in one short
 * transaction (so each is served by one replica only), the feed is fetched once with no transaction
 * open, and each consortium takes the rates in a transaction of its own. A failed fetch keeps every
 * rate and is tried again, backing off to an hour.
 */
@ApplicationScoped
public class DailyRateFetch {

    private static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    ReferenceFeed feed;
    @Inject
    FeedStatus status;
    @Inject
    RateFeed rateFeed;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;

    @Scheduled(every = "${canopy.fx.check-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void fetchDue() {
        if (!feed.configured()) {
            return;
        }
        Instant now = clock.instant();
        List<FeedStatus.Due> due = QuarkusTransaction.requiringNew()
                .call(() -> status.claimDue(now, now.plus(LEASE), BATCH));
        if (due.isEmpty()) {
            return;
        }
        try {
            ReferenceRates fetched = feed.fetch();
            due.forEach(d -> inside(d, () -> rateFeed.apply(fetched, clock.instant())));
            Log.infof("Reference rates of %s taken by %d consortia", fetched.date(), due.size());
        } catch (ReferenceFeed.Failed e) {
            Log.warnf("Reference rates not fetched, the rates in force are kept: %s", e.getMessage());
            due.forEach(d -> inside(d, () -> status.failed(e.getMessage(), now,
                    now.plus(Backoff.after(d.attempts() + 1)))));
        }
    }

    /** One consortium's share; its failure (its lease then runs out and it is due again) stops no other. */
    private void inside(FeedStatus.Due due, Runnable work) {
        tenant.enter(due.consortium());
        try {
            QuarkusTransaction.requiringNew().run(work);
        } catch (RuntimeException e) {
            Log.errorf(e, "Reference rates not written for %s", due.consortium().slug());
        }
    }
}
