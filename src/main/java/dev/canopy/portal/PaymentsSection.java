package dev.canopy.portal;

import java.util.List;

import dev.canopy.ordering.OrderView;
import dev.canopy.payments.OrderMoney;
import dev.canopy.payments.PaymentHistory;
import dev.canopy.payments.RefundView;

/**
 * The money part of the manager's order page: what was paid and given back, and the refund form
 * ({@code errors} when it was refused; {@code refunded} just after a refund was recorded).
 */
public record PaymentsSection(List<PaymentHistory.Entry> history, List<RefundView> refunds, RefundForm form,
        List<FieldError> errors, boolean refunded) {

    static PaymentsSection of(OrderMoney money, OrderView order, boolean refunded) {
        var paid = money.of(order.number());
        return new PaymentsSection(paid.history(), paid.refunds(), RefundForm.blank(order, paid.refunds()), List.of(),
                refunded);
    }

    PaymentsSection refused(RefundForm typed, List<FieldError> why) {
        return new PaymentsSection(history, refunds, typed, why, false);
    }
}
