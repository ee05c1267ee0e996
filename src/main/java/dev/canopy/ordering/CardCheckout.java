package dev.canopy.ordering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;

/**
 * The card side of checkout: the order is written first, its payment page opened after the commit
 * (no call to the provider holds a transaction), and the page kept on the order. A retry with the
 * same key finds the order and asks the provider again with the same order, so it gets the same page.
 */
@ApplicationScoped
public class CardCheckout {

    static final String CARD = "card";

    /** Stock stays held a little past the page's end, so a payment made in its last second still finds it. */
    static final Duration GRACE = Duration.ofMinutes(5);
    /** Providers refuse pages that close sooner than this (Stripe: 30 minutes). */
    private static final Duration SHORTEST_WINDOW = Duration.ofMinutes(31);

    @Inject
    PlaceOrder placeOrder;
    @Inject
    OrderRepository orders;
    @Inject
    CardPayments cards;
    @Inject
    ConsortiumService consortia;
    @Inject
    OrderPageLink pageLink;
    @Inject
    Clock clock;

    /** Checkout through the API and the storefront: an order, and for a card order its payment page. */
    public OrderPlaced place(UUID cartId, String idempotencyKey, CheckoutRequest request) {
        OrderPlaced placed = placeOrder.place(cartId, idempotencyKey, request);
        if (!CARD.equals(placed.payment().method()) || placed.payment().redirectUrl() != null
                || placed.status() != Order.Status.awaiting_payment) {
            return placed;
        }
        CardPayments.PaymentPage page = cards.open(cardOrder(placed.orderNumber()));
        return attach(placed.orderNumber(), page);
    }

    @Transactional
    CardPayments.CardOrder cardOrder(String number) {
        Order order = orders.byNumber(number).orElseThrow(() -> new NotFound("No such order"));
        Instant now = clock.instant();
        if (order.reservedUntil.minus(GRACE).isBefore(now.plus(SHORTEST_WINDOW))) {
            // A retry long after the first try: hold the stock for a whole new window
            order.reservedUntil = now.plus(cards.window()).plus(GRACE);
        }
        ConsortiumView consortium = consortia.here();
        String returnUrl = pageLink.of(order, consortium);
        return new CardPayments.CardOrder(consortium.slug(), order.number, order.email, order.currency,
                orders.lines(order.id).stream().map(l -> new CardPayments.Item(
                        l.title.getOrDefault("en", l.title.values().iterator().next()) + " (" + l.sku + ")",
                        l.unitPrice, l.quantity)).toList(),
                order.shippingTotal, order.reservedUntil.minus(GRACE), returnUrl);
    }

    @Transactional
    OrderPlaced attach(String number, CardPayments.PaymentPage page) {
        Order order = orders.byNumber(number).orElseThrow(() -> new NotFound("No such order"));
        order.checkoutSession = page.id();
        order.paymentUrl = page.url();
        return OrderPlaced.of(order, null);
    }
}
