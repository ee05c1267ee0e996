package dev.canopy.payments;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.canopy.ordering.OrderPayments;
import dev.canopy.ordering.OrderPayments.Payable;
import dev.canopy.payments.stripe.StripeMoney;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.TenantContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Acts on what Stripe tells, each event once: its id is written in the transaction of its effect,
 * so a duplicate (or twenty at once) finds it and does nothing. Events may come in any order; each
 * effect checks the order's state instead of assuming the previous event. A lookup at Stripe, when
 * one is needed, happens before the transaction, never inside it.
 */
@ApplicationScoped
class PaymentNotices {

    @Inject
    PaymentLookup lookup;
    @Inject
    TenantContext tenant;
    @Inject
    OrderPayments orders;
    @Inject
    PayoutAccounts accounts;
    @Inject
    PaymentHistory history;
    @Inject
    StripeMoney stripe;
    @Inject
    EntityManager em;
    @Inject
    MeterRegistry registry;

    void handle(PaymentNotice notice) {
        registry.counter("canopy.payment.events", "type", notice.type()).increment();
        if (notice instanceof PaymentNotice.CardPaid paid && paid.charge() == null && paid.paymentIntent() != null) {
            notice = new PaymentNotice.CardPaid(paid.eventId(), paid.type(), paid.session(), paid.amount(),
                    paid.currency(), paid.paymentIntent(), stripe.chargeOf(paid.paymentIntent()).orElse(null));
        }
        Optional<TenantContext.ConsortiumRef> owner = owner(notice);
        if (owner.isEmpty()) {
            Log.infof("Stripe event %s (%s) names nothing of ours; acknowledged", notice.eventId(), notice.type());
            return;
        }
        tenant.enter(owner.get());
        PaymentNotice known = notice;
        QuarkusTransaction.requiringNew().run(() -> {
            if (firstTime(known)) {
                apply(known);
            }
        });
    }

    private Optional<TenantContext.ConsortiumRef> owner(PaymentNotice notice) {
        if (notice instanceof PaymentNotice.CardPaid n) {
            return lookup.owner(n.session(), null, null, null);
        } else if (notice instanceof PaymentNotice.CardPending n) {
            return lookup.owner(n.session(), null, null, null);
        } else if (notice instanceof PaymentNotice.CardAbandoned n) {
            return lookup.owner(n.session(), null, null, null);
        } else if (notice instanceof PaymentNotice.AccountChanged n) {
            return lookup.owner(null, null, null, n.account());
        } else if (notice instanceof PaymentNotice.ChargeRefunded n) {
            return lookup.owner(null, n.paymentIntent(), n.charge(), null);
        } else if (notice instanceof PaymentNotice.Disputed n) {
            return lookup.owner(null, n.paymentIntent(), n.charge(), null);
        }
        return Optional.empty();
    }

    /** Records the event's id; false when another delivery of it was recorded first. */
    private boolean firstTime(PaymentNotice notice) {
        return em.createNativeQuery("""
                insert into payment_event (consortium_id, id, type, received_at)
                values (current_consortium(), :id, :type, now()) on conflict (id) do nothing""")
                .setParameter("id", notice.eventId()).setParameter("type", notice.type()).executeUpdate() == 1;
    }

    private void apply(PaymentNotice notice) {
        if (notice instanceof PaymentNotice.CardPaid n) {
            orders.bySession(n.session()).ifPresent(order -> paid(order, n));
        } else if (notice instanceof PaymentNotice.CardPending n) {
            orders.bySession(n.session()).ifPresent(order -> history.record(order.id(), "payment_processing",
                    null, n.session(), "The shopper completed the payment page; the payment settles later"));
        } else if (notice instanceof PaymentNotice.CardAbandoned n) {
            orders.bySession(n.session()).ifPresent(order -> abandoned(order, n));
        } else if (notice instanceof PaymentNotice.AccountChanged n) {
            accounts.changed(n.account(), n.payoutsEnabled());
        } else if (notice instanceof PaymentNotice.ChargeRefunded n) {
            orders.byCharge(n.charge(), n.paymentIntent()).ifPresent(order -> history.record(order.id(),
                    "charge_refunded", Money.of(n.amountRefunded(), n.currency()), n.charge(),
                    "Stripe reports this much of the charge refunded in all"));
        } else if (notice instanceof PaymentNotice.Disputed n) {
            orders.byCharge(n.charge(), n.paymentIntent()).ifPresent(order -> history.record(order.id(), "dispute",
                    Money.of(n.amount(), n.currency()), n.dispute(), "The shopper's bank disputes the charge: "
                            + n.reason()));
        }
    }

    private void paid(Payable order, PaymentNotice.CardPaid n) {
        Money charged = Money.of(n.amount(), n.currency());
        switch (orders.paidByCard(order.id(), new OrderPayments.Charge(n.amount(), n.currency(), n.paymentIntent(),
                n.charge()))) {
            case paid -> history.record(order.id(), "card_paid", charged, n.charge(), null);
            case amount_mismatch -> history.record(order.id(), "amount_mismatch", charged, n.session(),
                    "Stripe charged " + n.amount() + " " + n.currency() + " but the order is "
                            + order.total().amount() + " " + order.total().currency() + "; not marked paid");
            case not_payable -> history.record(order.id(), "paid_after_cancellation", charged, n.charge(),
                    "The card was charged after the order was cancelled; refund it");
            case already_paid -> {
                // a second success event for the same page changes nothing
            }
        }
    }

    private void abandoned(Payable order, PaymentNotice.CardAbandoned n) {
        if (orders.paymentAbandoned(order.id())) {
            history.record(order.id(), n.type().endsWith("expired") ? "page_expired" : "payment_failed", null,
                    n.session(), "Not paid: the order was cancelled and its stock returned");
        }
    }
}
