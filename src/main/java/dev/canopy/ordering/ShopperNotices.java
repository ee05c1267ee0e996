package dev.canopy.ordering;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.ordering.mail.OrderMail;
import dev.canopy.ordering.mail.ShopperMails;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;

/** Tells the shopper what became of their order, in the transaction that changed it. */
@ApplicationScoped
class ShopperNotices {

    @Inject
    ShopperMails mails;
    @Inject
    OrderRepository orders;
    @Inject
    ConsortiumService consortia;
    @Inject
    OrderPageLink pageLink;
    @Inject
    BankTransfer bankTransfer;

    /** {@code lines}: the order's lines as just written, so they need not be read back. */
    void placed(Order order, List<OrderLine> lines) {
        mails.placed(about(order, lines));
    }

    void paid(Order order) {
        mails.paid(about(order));
    }

    void cancelled(Order order, boolean expired) {
        mails.cancelled(about(order), expired);
    }

    /** A refund of {@code amount}: back to the card it was paid with, else by the shop's transfer. */
    void refunded(Order order, Money amount) {
        mails.refunded(about(order), amount, order.charge != null);
    }

    /** The order as its mails tell it: titles in the checkout's language, how to pay while a transfer is awaited. */
    OrderMail about(Order order) {
        return about(order, orders.lines(order.id));
    }

    private OrderMail about(Order order, List<OrderLine> written) {
        ConsortiumView consortium = consortia.here();
        Money total = Money.of(order.total, order.currency);
        var lines = written.stream().map(l -> new OrderMail.Line(title(l.title, order.language),
                l.quantity, Money.of(l.lineTotal, order.currency))).toList();
        OrderMail.Transfer transfer = BankTransfer.awaited(order)
                ? new OrderMail.Transfer(consortium.name(), bankTransfer.account(), total, order.number)
                : null;
        return new OrderMail(order.email, order.language, order.number, pageLink.of(order, consortium), lines,
                Money.of(order.shippingTotal, order.currency), total, transfer);
    }

    /** The title in the shopper's language, else English, else the first one written. */
    private static String title(Map<String, String> titles, String language) {
        return titles.getOrDefault(language, titles.getOrDefault("en", titles.values().iterator().next()));
    }
}
