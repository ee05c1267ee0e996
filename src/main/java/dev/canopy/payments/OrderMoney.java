package dev.canopy.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Access;
import dev.canopy.ordering.OrderPayments;

/** What the manager's order page shows of an order's money: its payment history and its refunds. */
@ApplicationScoped
public class OrderMoney {

    @Inject
    Access access;
    @Inject
    OrderPayments orders;
    @Inject
    PaymentHistory history;
    @Inject
    Refunds refunds;

    @Transactional
    public RefundResource.Payments of(String number) {
        access.requireManager("order");
        return new RefundResource.Payments(history.of(orders.byNumber(number).id()), refunds.of(number));
    }
}
