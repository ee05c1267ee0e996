package dev.canopy.ordering.mail;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.platform.Money;
import dev.canopy.platform.outbox.Outbox;
import dev.canopy.tenancy.ConsortiumService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.qute.i18n.Localized;

/**
 * The mails a shopper gets about an order, in the brand's look and the checkout's language (English
 * where we do not write theirs), each with an HTML and a plain-text part. They are queued in the
 * outbox, so call inside the transaction of the change they report: sent if it commits, never if not.
 */
@ApplicationScoped
public class ShopperMails {

    /** Each mail is {@code mail/<name>.html} and {@code mail/<name>.txt}: the two parts of one message. */
    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance placed(Brand brand, OrderMail order);

        static native TemplateInstance paid(Brand brand, OrderMail order);

        static native TemplateInstance cancelled(Brand brand, OrderMail order, boolean expired);

        static native TemplateInstance shipped(Brand brand, OrderMail order, Parcel parcel);

        static native TemplateInstance delivered(Brand brand, OrderMail order, Parcel parcel);

        static native TemplateInstance refunded(Brand brand, OrderMail order, Money amount, boolean toCard);
    }

    @Inject
    Outbox outbox;
    @Inject
    ConsortiumService consortia;
    @Inject
    MailMessages english;
    @Inject
    @Localized("ru")
    MailMessages russian;

    public void placed(OrderMail order) {
        send(order, words(order).placed_subject(order.number()), Templates.placed(brand(), order));
    }

    public void paid(OrderMail order) {
        send(order, words(order).paid_subject(order.number()), Templates.paid(brand(), order));
    }

    /** {@code expired}: nobody paid in time, rather than the shop deciding. */
    public void cancelled(OrderMail order, boolean expired) {
        send(order, words(order).cancelled_subject(order.number()), Templates.cancelled(brand(), order, expired));
    }

    public void shipped(OrderMail order, Parcel parcel) {
        send(order, words(order).shipped_subject(order.number()), Templates.shipped(brand(), order, parcel));
    }

    public void delivered(OrderMail order, Parcel parcel) {
        send(order, words(order).delivered_subject(order.number()), Templates.delivered(brand(), order, parcel));
    }

    /** {@code toCard}: the money goes back to the card paid with, else the shop transfers it. */
    public void refunded(OrderMail order, Money amount, boolean toCard) {
        send(order, words(order).refunded_subject(order.number()), Templates.refunded(brand(), order, amount, toCard));
    }

    private void send(OrderMail order, String subject, TemplateInstance mail) {
        mail.setLocale(Locale.forLanguageTag(language(order)));
        String text = mail.setVariant(Variant.forContentType(Variant.TEXT_PLAIN)).render();
        String html = mail.setVariant(Variant.forContentType(Variant.TEXT_HTML)).render();
        outbox.enqueue(order.email(), subject, text, html);
    }

    private Brand brand() {
        return Brand.of(consortia.here());
    }

    private MailMessages words(OrderMail order) {
        return "ru".equals(language(order)) ? russian : english;
    }

    /** The languages the mails are written in; any other reads English. */
    private static String language(OrderMail order) {
        return "ru".equals(order.language()) ? "ru" : "en";
    }
}
