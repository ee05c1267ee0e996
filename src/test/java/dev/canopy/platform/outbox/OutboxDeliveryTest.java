package dev.canopy.platform.outbox;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.PaidOrders;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void aPaidOrderTellsTheShopperAndTheWorkshopOnce() {
        String workshop = Fixtures.email("workshop");
        PaidOrders order = PaidOrders.one(workshop);
        dispatcher.dispatch();
        dispatcher.dispatch();
        assertThat(mailbox.getMailsSentTo(workshop), hasSize(1));
        assertThat(mailbox.getMailsSentTo(workshop).get(0).getSubject(), containsString(order.number()));
        assertThat(mailbox.getMailsSentTo("claire@example.fr").stream()
                .filter(m -> m.getSubject().equals("Payment received for order " + order.number())).toList(), hasSize(1));
    }
}
