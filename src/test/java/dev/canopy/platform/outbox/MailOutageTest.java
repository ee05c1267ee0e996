package dev.canopy.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.PaidOrders;
import dev.canopy.testsupport.RealSmtp;
import dev.canopy.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With the mail server down nothing is lost: the outbox keeps the mails and sends them once it is back. */
@QuarkusTest
@TestProfile(RealSmtp.class)
class MailOutageTest {

    /** Batches of 50: room for the mails of every test before this one. */
    private static final int DRAINS = 40;

    static final int SMTP_PORT = RealSmtp.PORT;

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    TestClock clock;

    GreenMail smtp;

    @AfterEach
    void stop() {
        clock.reset();
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void mailsQueuedDuringAnOutageAreSentWhenTheServerIsBack() {
        String workshop = Fixtures.email("workshop");
        PaidOrders.one(workshop);
        drain();

        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        await().atMost(Duration.ofSeconds(10)).until(MailOutageTest::smtpAnswers);
        dispatcher.dispatch();
        assertThat("nothing is sent before the retry is due", Arrays.asList(smtp.getReceivedMessages()), hasSize(0));

        clock.advance(Duration.ofMinutes(2));
        drain();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(workshop)).toList(),
                hasSize(1));
    }

    /**
     * Every due message tried, not only the first batch: earlier tests of the run leave mails of their own
     * in the outbox, and ours is among the newest.
     */
    private void drain() {
        for (int i = 0; i < DRAINS; i++) {
            dispatcher.dispatch();
        }
    }

    private static String recipient(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean smtpAnswers() {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", SMTP_PORT)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
