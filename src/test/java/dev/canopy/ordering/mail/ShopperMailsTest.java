package dev.canopy.ordering.mail;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.canopy.ordering.ReservationExpiry;
import dev.canopy.platform.outbox.OutboxDispatcher;
import dev.canopy.testsupport.TestClock;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/** The shopper hears of each step of their order once, in their language and the brand's look. */
@QuarkusTest
class ShopperMailsTest {

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MockMailbox mailbox;
    @Inject
    ReservationExpiry expiry;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPlacedOrderIsConfirmedOnceInEnglishWithHowToPay() {
        MailedOrder order = MailedOrder.placed(null);
        Mail mail = theOne(order, "We received your order " + order.number());
        assertThat(mail.getText(), containsString("2 × Kilim: €100.00"));
        assertThat(mail.getText(), containsString("Shipping: €0.00\nTotal: €100.00\n"));
        assertThat(mail.getText(), containsString("Account: IBAN TJ00 0000 0000 0000 0000 (demo account)"));
        assertThat(mail.getText(), containsString("Reference: " + order.number()));
        assertThat(mail.getText(), containsString("See your order: " + order.link() + "\n"));
        assertThat(mail.getHtml(), containsString("<td style=\"padding:6px 0;border-top:1px solid #eeeeee;\">Kilim</td>"));
        assertThat(mail.getHtml(), containsString("background:" + MailedOrder.COLOR));
        assertThat(mail.getHtml(), containsString("href=\"" + order.link() + "\""));
    }

    @Test
    void aRussianCheckoutIsWrittenToInRussian() {
        MailedOrder order = MailedOrder.placed("ru");
        Mail mail = theOne(order, "Мы получили ваш заказ " + order.number());
        assertThat(mail.getText(), containsString("2 × Килим: 100,00"));
        assertThat(mail.getText(), containsString("Назначение платежа: " + order.number()));
        assertThat(mail.getText(), containsString(order.link() + "&lang=ru"));
        assertThat(mail.getHtml(), containsString("Килим"));
        assertThat(mail.getHtml(), containsString(order.link() + "&amp;lang=ru"));
    }

    @Test
    void paymentAndEachParcelAreToldOnceWithTracking() {
        MailedOrder order = MailedOrder.placed("en");
        order.confirmPayment();
        Mail paid = theOne(order, "Payment received for order " + order.number());
        assertThat(paid.getText(), containsString("We received your payment."));
        assertThat(paid.getHtml(), containsString("We received your payment."));

        String parcel = order.ship("DHL Express", "JD0146 00006");
        Mail shipped = theOne(order, "Your order " + order.number() + ": a parcel is on its way");
        assertThat(shipped.getText(), containsString("Workshop " + order.member() + " has sent a parcel"));
        assertThat(shipped.getText(), containsString("Carrier: DHL Express\nTracking number: JD0146 00006\n"));
        assertThat(shipped.getText(), containsString(
                "Track the parcel: https://www.dhl.com/global-en/home/tracking.html?tracking-id=JD0146+00006"));
        assertThat(shipped.getHtml(), containsString("tracking-id=JD0146+00006"));

        order.deliver(parcel);
        theOne(order, "Your order " + order.number() + ": a parcel was delivered");
    }

    @Test
    void aParcelWithACarrierWeDoNotKnowHasNoTrackingLink() {
        MailedOrder order = MailedOrder.placed("ru");
        order.confirmPayment();
        order.ship("Таджикпочта", "TJ123");
        Mail shipped = theOne(order, "Заказ " + order.number() + ": посылка в пути");
        assertThat(shipped.getText(), containsString("Трек-номер: TJ123"));
        assertThat(shipped.getText(), not(containsString("Отследить")));
    }

    @Test
    void aRefundIsToldInTheShoppersLanguage() {
        MailedOrder order = MailedOrder.placed("ru");
        order.confirmPayment();
        order.refundOne();
        Mail mail = theOne(order, "Возврат по заказу " + order.number());
        // Russian puts a no-break space between the amount and its currency
        assertThat(mail.getText(),
                containsString("Мы возвращаем 50,00\u00a0€ по вашему заказу. Магазин переведёт их вам обратно."));
    }

    @Test
    void theShopCancellingAnUnpaidOrderTellsTheShopper() {
        MailedOrder order = MailedOrder.placed(null);
        order.cancel();
        Mail mail = theOne(order, "Order " + order.number() + " is cancelled");
        assertThat(mail.getText(), containsString("The shop cancelled your order. You were not charged"));
    }

    @Test
    void anOrderNobodyPaidForInTimeIsCancelledAndTold() {
        MailedOrder order = MailedOrder.placed("ru");
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        expiry.expireAll();
        Mail mail = theOne(order, "Заказ " + order.number() + " отменён");
        assertThat(mail.getText(), containsString("оплата не поступила вовремя"));
        assertThat(mail.getHtml(), containsString("оплата не поступила вовремя"));
    }

    /** The one mail to the order's shopper with this subject, sent however often the dispatcher runs. */
    private Mail theOne(MailedOrder order, String subject) {
        dispatcher.dispatch();
        dispatcher.dispatch();
        List<Mail> mails = mailbox.getMailsSentTo(order.email()).stream().filter(m -> m.getSubject().equals(subject))
                .toList();
        assertThat(subject, mails, hasSize(1));
        Mail mail = mails.get(0);
        assertThat("a plain-text part", mail.getText(), not(equalTo(null)));
        assertThat("an HTML part", mail.getHtml(), containsString("</html>"));
        return mail;
    }
}
