package dev.canopy.platform.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.InTenant;
import dev.canopy.testsupport.Race;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/** Two replicas run the dispatcher over one outbox: row claims keep them from sending any message twice. */
@QuarkusTest
class TwoDispatchersTest {

    /** More than two claims' worth, so both dispatchers find work at once. */
    private static final int MESSAGES = 120;
    /** Far more rounds than the messages need; a bound so that a broken claim fails instead of hanging. */
    private static final int MOST_ROUNDS = 500;

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    Outbox outbox;
    @Inject
    MockMailbox mailbox;
    @Inject
    EntityManager em;

    @Test
    void twoDispatchersRacingOverOneOutboxSendEveryMessageExactlyOnceAndMarkItSent() throws Exception {
        UUID shop = Fixtures.consortiumId(Fixtures.consortium(Fixtures.email("manager")));
        List<String> recipients = IntStream.range(0, MESSAGES).mapToObj(i -> Fixtures.email("shopper")).toList();
        InTenant.run(shop, () -> recipients.forEach(r -> outbox.enqueue(r, "Your order", "It is on its way")));

        Callable<Void> replica = () -> {
            // as the scheduler runs it: in a request context of its own
            ManagedContext requests = Arc.container().requestContext();
            requests.activate();
            try {
                for (int round = 0; round < MOST_ROUNDS && unsent(shop) > 0; round++) {
                    dispatcher.dispatch();
                }
            } finally {
                requests.terminate();
            }
            return null;
        };
        Race.of(List.of(replica, replica));

        for (String recipient : recipients) {
            assertThat(recipient, mailbox.getMailsSentTo(recipient), hasSize(1));
        }
        assertEquals(0L, unsent(shop), "every message marked sent");
    }

    private long unsent(UUID shop) {
        return InTenant.call(shop, () -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where sent_at is null").getSingleResult()).longValue());
    }
}
