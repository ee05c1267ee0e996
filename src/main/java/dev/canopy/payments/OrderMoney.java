package dev.canopy.payments;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Access;
import dev.canopy.ordering.OrderPayments;

/** What the manager's order page shows of an order's money: its payment history and its refunds. */
@ApplicationScoped
public class OrderMoney {

    /** The order's payment history and refunds. */
    public record Payments(List<PaymentHistory.Entry> history, List<RefundView> refunds) {
    }

    @Inject
    Access access;
    @Inject
    OrderPayments orders;
    @Inject
    PaymentHistory history;
    @Inject
    Refunds refunds;

    @Transactional
    public Payments of(String number) {
        access.requireManager("order");
        return new Payments(history.of(orders.byNumber(number).id()), refunds.of(number));
    }
}
