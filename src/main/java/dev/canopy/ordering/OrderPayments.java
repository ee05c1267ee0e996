package dev.canopy.ordering;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.platform.Money;
import dev.canopy.platform.errors.NotFound;

/**
 * How money moves an order: a card payment confirmed by the provider pays it (like a manager's
 * confirmation, with the provider as actor), an abandoned payment page cancels it. Call inside the
 * order's consortium, in the transaction that records the provider's event.
 */
@ApplicationScoped
public class OrderPayments {

    public static final String PROVIDER = "stripe";

    /** What the provider says was charged, and its ids for the payment and the charge. */
    public record Charge(long amount, String currency, String paymentIntent, String charge) {
    }

    public enum Outcome {
        paid,
        already_paid,
        amount_mismatch,
        not_payable
    }

    /** An order as payments see it. */
    public record Payable(UUID id, String number, Order.Status status, String paymentMethod, Money total,
            String paymentIntent, String charge, String email) {

        public boolean byCard() {
            return CardCheckout.CARD.equals(paymentMethod);
        }
    }

    @Inject
    OrderRepository orders;
    @Inject
    OrderService service;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome paidByCard(UUID orderId, Charge charge) {
        Order order = load(orderId);
        if (order.status != Order.Status.awaiting_payment) {
            boolean paidBefore = order.status != Order.Status.cancelled;
            if (paidBefore && order.charge == null) {
                keep(order, charge);
            }
            return paidBefore ? Outcome.already_paid : Outcome.not_payable;
        }
        if (charge.amount() != order.total || !charge.currency().equalsIgnoreCase(order.currency)) {
            return Outcome.amount_mismatch;
        }
        keep(order, charge);
        service.markPaid(order, PROVIDER);
        return Outcome.paid;
    }

    /** A card payment page that expired or whose payment failed: the unpaid order ends, its stock returns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean paymentAbandoned(UUID orderId) {
        Order order = load(orderId);
        if (order.status != Order.Status.awaiting_payment) {
            return false;
        }
        service.cancel(order, PROVIDER, true);
        return true;
    }

    @Transactional
    public Optional<Payable> bySession(String session) {
        return orders.find("checkoutSession", session).firstResultOptional().map(OrderPayments::payable);
    }

    /** The order a charge or its payment belongs to. */
    @Transactional
    public Optional<Payable> byCharge(String charge, String paymentIntent) {
        return orders.find("charge = ?1 or paymentIntent = ?2", charge, paymentIntent).firstResultOptional()
                .map(OrderPayments::payable);
    }

    @Transactional
    public Payable byNumber(String number) {
        return payable(orders.byNumber(number).orElseThrow(() -> new NotFound("No such order")));
    }

    @Transactional
    public Payable byId(UUID id) {
        return payable(load(id));
    }

    private Order load(UUID id) {
        return orders.findByIdOptional(id).orElseThrow(() -> new NotFound("No such order"));
    }

    static Payable payable(Order o) {
        return new Payable(o.id, o.number, o.status, o.paymentMethod, Money.of(o.total, o.currency), o.paymentIntent,
                o.charge, o.email);
    }

    private static void keep(Order order, Charge charge) {
        order.paymentIntent = charge.paymentIntent();
        order.charge = charge.charge();
    }
}
