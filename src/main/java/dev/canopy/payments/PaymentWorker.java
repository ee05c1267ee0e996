package dev.canopy.payments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import dev.canopy.ordering.OrderPayments;
import dev.canopy.payments.stripe.StripeMoney;
import dev.canopy.platform.Backoff;
import dev.canopy.platform.Ids;
import dev.canopy.tenancy.TenantContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Moves money at Stripe for what the ledger says: due transfers, pending refunds and reversals.
 * Each attempt claims its row in one transaction (locked, then leased for two minutes, so two
 * runs never send the same thing at once), calls Stripe outside any, and writes the outcome in
 * another. A failure is kept with its reason and retried later, backing off to an hour; the
 * idempotency key (the entry's own) makes every retry the same request, so nothing is paid twice.
 */
@ApplicationScoped
public class PaymentWorker {

    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    PaymentLookup lookup;
    @Inject
    TenantContext tenant;
    @Inject
    OrderPayments orders;
    @Inject
    PayoutAccounts accounts;
    @Inject
    StripeMoney stripe;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    @Scheduled(every = "${canopy.payments.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void work() {
        if (!stripe.configured()) {
            return;
        }
        for (PaymentLookup.Task task : lookup.due(clock.instant(), BATCH)) {
            tenant.enter(task.consortium());
            switch (task.kind()) {
                case "transfer" -> sendTransfer(task.id());
                case "refund" -> sendRefund(task.id());
                default -> sendReversal(task.id());
            }
        }
    }

    /** A member's due share, sent from the order's charge to the member's account. */
    void sendTransfer(UUID payoutId) {
        StripeMoney.NewTransfer transfer = inTransaction(() -> {
            Payout p = em.find(Payout.class, payoutId, LockModeType.PESSIMISTIC_WRITE);
            if (p == null || p.rail != Payout.Rail.stripe || !due(p.nextAttemptAt)
                    || (p.status != Payout.Status.due && p.status != Payout.Status.failed)) {
                return null;
            }
            if (p.transferred == 0) {
                p.transferred = p.amount;
            }
            p.attempts++;
            p.nextAttemptAt = lease();
            return new StripeMoney.NewTransfer(p.transferred, p.currency, accounts.state(p.memberId).accountId(),
                    orders.byId(p.orderId).charge(), p.orderNumber, "payout:" + p.fulfilmentId);
        });
        if (transfer == null) {
            return;
        }
        attempt(() -> stripe.transfer(transfer), transferId -> {
            Payout p = em.find(Payout.class, payoutId);
            p.status = Payout.Status.paid;
            p.externalId = transferId;
            p.failure = null;
            p.nextAttemptAt = null;
            p.updatedAt = clock.instant();
            if (p.amount < p.transferred) {
                // A refund lowered the share while the transfer was under way: the difference comes back
                reversal(null, p, p.transferred - p.amount, PayoutReversal.Status.pending, clock.instant());
            }
            registry.counter("canopy.payouts", "rail", "stripe").increment();
        }, reason -> {
            Payout p = em.find(Payout.class, payoutId);
            p.status = Payout.Status.failed;
            p.failure = reason;
            p.nextAttemptAt = later(p.attempts);
            p.updatedAt = clock.instant();
        });
    }

    /** A card refund, then the reversals that waited for it. */
    void sendRefund(UUID refundId) {
        Attempt refund = inTransaction(() -> {
            Refund r = em.find(Refund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
            if (r == null || r.status != Refund.Status.pending || !due(r.nextAttemptAt)) {
                return null;
            }
            r.attempts++;
            r.nextAttemptAt = lease();
            return new Attempt(orders.byId(r.orderId).paymentIntent(), r.amount, "refund:" + r.id,
                    Map.of("canopy_refund", r.id.toString(), "reason", r.reason));
        });
        if (refund == null) {
            return;
        }
        attempt(() -> stripe.refund(refund.target(), refund.amount(), refund.key(), refund.metadata()), id -> {
            Refund r = em.find(Refund.class, refundId);
            r.status = Refund.Status.succeeded;
            r.externalId = id;
            r.failure = null;
            r.nextAttemptAt = null;
            r.updatedAt = clock.instant();
            em.createQuery("update PayoutReversal set nextAttemptAt = ?1 where refundId = ?2 and status = ?3")
                    .setParameter(1, clock.instant()).setParameter(2, refundId)
                    .setParameter(3, PayoutReversal.Status.pending).executeUpdate();
            registry.counter("canopy.refunds", "rail", "stripe").increment();
        }, reason -> {
            Refund r = em.find(Refund.class, refundId);
            r.failure = reason;
            r.nextAttemptAt = later(r.attempts);
            r.updatedAt = clock.instant();
        });
        inTransaction(() -> em.createQuery("select id from PayoutReversal where refundId = ?1 and status = ?2",
                UUID.class).setParameter(1, refundId).setParameter(2, PayoutReversal.Status.pending).getResultList())
                .forEach(this::sendReversal);
    }

    void sendReversal(UUID reversalId) {
        Attempt reversal = inTransaction(() -> {
            PayoutReversal v = em.find(PayoutReversal.class, reversalId, LockModeType.PESSIMISTIC_WRITE);
            if (v == null || v.status != PayoutReversal.Status.pending || !due(v.nextAttemptAt)) {
                return null;
            }
            v.attempts++;
            v.nextAttemptAt = lease();
            return new Attempt(em.find(Payout.class, v.payoutId).externalId, v.amount, "reversal:" + v.id, Map.of());
        });
        if (reversal == null) {
            return;
        }
        attempt(() -> stripe.reverse(reversal.target(), reversal.amount(), reversal.key()), id -> {
            PayoutReversal v = em.find(PayoutReversal.class, reversalId);
            v.status = PayoutReversal.Status.done;
            v.externalId = id;
            v.failure = null;
            v.nextAttemptAt = null;
            Payout p = em.find(Payout.class, v.payoutId);
            long reversed = em.createQuery("select coalesce(sum(amount), 0) from PayoutReversal where payoutId = ?1 "
                    + "and status = ?2", Long.class).setParameter(1, p.id)
                    .setParameter(2, PayoutReversal.Status.done).getSingleResult();
            if (reversed >= p.transferred) {
                p.status = Payout.Status.reversed;
            }
            p.updatedAt = clock.instant();
        }, reason -> {
            PayoutReversal v = em.find(PayoutReversal.class, reversalId);
            v.failure = reason;
            v.nextAttemptAt = later(v.attempts);
        });
    }

    /** A share to take back from a paid entry; {@code from} null waits for its refund to go through. */
    void reversal(UUID refundId, Payout payout, long amount, PayoutReversal.Status status, Instant from) {
        PayoutReversal v = new PayoutReversal();
        v.id = Ids.next();
        v.refundId = refundId;
        v.payoutId = payout.id;
        v.amount = amount;
        v.status = status;
        v.nextAttemptAt = from;
        v.createdAt = clock.instant();
        em.persist(v);
    }

    /** What one call to Stripe sends: to which payment or transfer, how much, under which key. */
    private record Attempt(String target, long amount, String key, Map<String, String> metadata) {
    }

    private interface Outcome<T> {
        void keep(T result);
    }

    private <T> void attempt(Supplier<T> call, Outcome<T> done, Outcome<String> failed) {
        T result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            Log.warnf("Stripe call failed, retrying later: %s", e.getMessage());
            inTransaction(() -> {
                failed.keep(e.getMessage());
                return null;
            });
            return;
        }
        inTransaction(() -> {
            done.keep(result);
            return null;
        });
    }

    /** Taken by this attempt: no other run sends it meanwhile (Stripe's timeouts end well before). */
    private Instant lease() {
        return clock.instant().plus(LEASE);
    }

    private boolean due(Instant at) {
        return at != null && !at.isAfter(clock.instant());
    }

    private Instant later(int attempts) {
        return clock.instant().plus(Backoff.after(attempts));
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
