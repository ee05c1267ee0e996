package dev.canopy.platform.outbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.canopy.platform.Ids;

/** Queues notifications inside the caller's transaction: committed together or not at all. */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, String subject, String body) {
        enqueue(recipient, subject, body, null);
    }

    /** A message with an HTML part beside its plain {@code text}, for clients that show either. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String recipient, String subject, String text, String html) {
        OutboxMessage message = new OutboxMessage();
        message.id = Ids.next();
        message.recipient = recipient;
        message.subject = subject;
        message.body = text;
        message.html = html;
        message.createdAt = clock.instant();
        message.nextAttemptAt = message.createdAt;
        em.persist(message);
    }
}
