package dev.canopy.ordering;

import dev.canopy.platform.Money;

/** The answer to a checkout: the order's number, the shopper's token, totals and how to pay. */
public record OrderPlaced(String orderNumber, String orderToken, Order.Status status, Totals totals, Payment payment) {

    public record Totals(Money items, Money shipping, Money total) {
    }

    /** How to pay: a bank transfer's instructions, or the card payment page to send the shopper to. */
    public record Payment(String method, String instructions, String redirectUrl) {
    }

    static OrderPlaced of(Order order, String instructions) {
        return new OrderPlaced(order.number, order.token, order.status,
                new Totals(Money.of(order.itemsTotal, order.currency), Money.of(order.shippingTotal, order.currency),
                        Money.of(order.total, order.currency)),
                new Payment(order.paymentMethod, instructions, order.paymentUrl));
    }
}
