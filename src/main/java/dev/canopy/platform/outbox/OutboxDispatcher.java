package dev.canopy.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.canopy.platform.Backoff;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends what the outbox holds. Due messages are claimed in one short transaction (locked, then
 * leased for a few minutes so no other run takes them), sent with no transaction open (a slow or
 * absent mail server holds no connection), and each outcome is written in a transaction of its
 * own. A failed send stays queued and is retried later, backing off up to an hour, so a mail outage
 * delays notifications but loses none.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final String CLAIM = """
            update outbox_message set next_attempt_at = :lease
             where id in (select id from outbox_message where sent_at is null and next_attempt_at <= :now
                          order by next_attempt_at limit :batch for update skip locked)
            returning id, recipient, subject, body, html, attempts""";

    private record Claimed(UUID id, String recipient, String subject, String body, String html, int attempts) {
    }

    @Inject
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    @Scheduled(every = "${canopy.outbox.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void dispatch() {
        claim().forEach(this::send);
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        return asDispatcher(() -> {
            List<?> rows = em.createNativeQuery(CLAIM).setParameter("lease", now.plus(LEASE)).setParameter("now", now)
                    .setParameter("batch", BATCH).getResultList();
            return rows.stream().map(row -> (Object[]) row).map(r -> new Claimed((UUID) r[0], (String) r[1],
                    (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue())).toList();
        });
    }

    private void send(Claimed message) {
        try {
            mailer.send(Mail.withText(message.recipient(), message.subject(), message.body()).setHtml(message.html()));
        } catch (RuntimeException e) {
            failed(message, e);
            return;
        }
        asDispatcher(() -> em.createNativeQuery("update outbox_message set sent_at = :now where id = :id")
                .setParameter("now", clock.instant()).setParameter("id", message.id()).executeUpdate());
        registry.counter("canopy.notifications", "outcome", "sent").increment();
    }

    private void failed(Claimed message, RuntimeException e) {
        int attempts = message.attempts() + 1;
        Duration wait = Backoff.after(attempts);
        String error = rootCause(e);
        asDispatcher(() -> em.createNativeQuery("update outbox_message set attempts = :attempts, "
                + "next_attempt_at = :next, last_error = :error where id = :id").setParameter("attempts", attempts)
                .setParameter("next", clock.instant().plus(wait)).setParameter("error", error)
                .setParameter("id", message.id()).executeUpdate());
        registry.counter("canopy.notifications", "outcome", "failed").increment();
        // The cause's type only: SMTP answers may quote the recipient's address
        Log.warnf("Mail %s not sent (attempt %d), retrying in %s: %s", message.id(), attempts, wait,
                error.substring(0, error.indexOf(':')));
    }

    /** A transaction of the dispatcher, which works across consortia and only on the outbox. */
    private <T> T asDispatcher(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select set_config('canopy.outbox_dispatcher', 'on', true)").getSingleResult();
            return work.get();
        });
    }

    /** The innermost cause, kept with the message for the operator's eyes only. */
    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
