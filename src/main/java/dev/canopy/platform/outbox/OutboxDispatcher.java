package dev.canopy.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends what the outbox holds. A failed send stays queued and is retried later, backing off up
 * to an hour, so a mail outage delays notifications but loses none.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final int BATCH = 50;
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Inject
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    MeterRegistry registry;
    @Inject
    Clock clock;

    @Scheduled(every = "${canopy.outbox.every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void dispatch() {
        em.createNativeQuery("select set_config('canopy.outbox_dispatcher', 'on', true)").getSingleResult();
        List<OutboxMessage> due = em.createQuery("from OutboxMessage where sentAt is null and nextAttemptAt <= ?1 "
                + "order by nextAttemptAt", OutboxMessage.class).setParameter(1, clock.instant()).setMaxResults(BATCH)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2).getResultList();
        due.forEach(this::send);
    }

    private void send(OutboxMessage message) {
        try {
            mailer.send(Mail.withText(message.recipient, message.subject, message.body));
            message.sentAt = clock.instant();
            registry.counter("canopy.notifications", "outcome", "sent").increment();
        } catch (RuntimeException e) {
            message.attempts++;
            Duration wait = Duration.ofSeconds(Math.min(LONGEST_WAIT.toSeconds(), 30L << Math.min(message.attempts, 10)));
            message.nextAttemptAt = clock.instant().plus(wait);
            message.lastError = rootCause(e);
            registry.counter("canopy.notifications", "outcome", "failed").increment();
            // The cause's type only: SMTP answers may quote the recipient's address
            Log.warnf("Mail %s not sent (attempt %d), retrying in %s: %s", message.id, message.attempts, wait,
                    message.lastError.substring(0, message.lastError.indexOf(':')));
        }
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
