package dev.canopy.ordering.mail;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import dev.canopy.platform.outbox.OutboxDispatcher;
import dev.canopy.testsupport.RealSmtp;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** As in production, through a real SMTP server: one message, its text and HTML parts as alternatives. */
@QuarkusTest
@TestProfile(RealSmtp.class)
class ShopperMailsOverSmtpTest {

    @Inject
    OutboxDispatcher dispatcher;

    GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(RealSmtp.PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void aRussianOrderConfirmationArrivesWithTextAndHtml() throws Exception {
        MailedOrder order = MailedOrder.placed("ru");
        // Mails other tests left due go out in the same batches; ours is among the newest
        await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
            dispatcher.dispatch();
            return !sentTo(order.email()).isEmpty();
        });
        List<MimeMessage> mails = sentTo(order.email());
        assertThat(mails, hasSize(1));
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject(), equalTo("Мы получили ваш заказ " + order.number()));
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType(), containsString("multipart/alternative"));
        assertThat(part(parts, "text/plain"), containsString("2 × Килим"));
        assertThat(part(parts, "text/html"), containsString(order.link() + "&amp;lang=ru"));
    }

    private List<MimeMessage> sentTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, email)).toList();
    }

    private static String part(MimeMultipart parts, String type) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static boolean to(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients()[0].toString().equals(recipient);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
