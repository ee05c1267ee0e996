package dev.canopy.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.canopy.platform.Money;

/**
 * An order as managers see it (and, without the history, as its shopper sees it); {@code paymentUrl}
 * is the card payment page while the order awaits its payment.
 */
public record OrderView(UUID id, String number, Order.Status status, String email, ShippingAddress shippingAddress,
        String currency, OrderPlaced.Totals totals, String paymentMethod, Instant reservedUntil, Instant createdAt,
        List<Line> lines, List<Parcels.Parcel> fulfilments, List<Transition> history, String paymentUrl) {

    /** {@code madeInDays}: the days the maker needs when pieces are made for the order, else null. */
    public record Line(String sku, Map<String, String> title, Map<String, String> options, int quantity,
            Money unitPrice, Money lineTotal, Integer madeInDays) {
    }

    public record Transition(Order.Status from, Order.Status to, String actor, Instant at) {
    }

    static OrderView of(Order o, List<OrderLine> lines, List<Parcels.Parcel> parcels, List<OrderEvent> events) {
        return new OrderView(o.id, o.number, o.status, o.email, o.shippingAddress, o.currency,
                new OrderPlaced.Totals(Money.of(o.itemsTotal, o.currency), Money.of(o.shippingTotal, o.currency),
                        Money.of(o.total, o.currency)),
                o.paymentMethod, o.reservedUntil, o.createdAt,
                lines.stream().map(l -> new Line(l.sku, l.title, l.options, l.quantity,
                        Money.of(l.unitPrice, o.currency), Money.of(l.lineTotal, o.currency), l.madeInDays)).toList(),
                parcels, events.stream().map(e -> new Transition(e.fromStatus, e.toStatus, e.actor, e.at)).toList(),
                o.status == Order.Status.awaiting_payment ? o.paymentUrl : null);
    }
}
