package dev.canopy.ordering;

import dev.canopy.platform.Money;

/** The answer to a checkout: the order's number, the shopper's token, totals and how to pay. */
public record OrderPlaced(String orderNumber, String orderToken, Order.Status status, Totals totals, Payment payment) {

    public record Totals(Money items, Money shipping, Money total) {
    }

    public record Payment(String method, String instructions) {
    }

    static OrderPlaced of(Order order, String instructions) {
        return new OrderPlaced(order.number, order.token, order.status,
                new Totals(Money.of(order.itemsTotal, order.currency), Money.of(order.shippingTotal, order.currency),
                        Money.of(order.total, order.currency)),
                new Payment(order.paymentMethod, instructions));
    }
}
