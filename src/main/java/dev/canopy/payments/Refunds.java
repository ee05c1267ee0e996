package dev.canopy.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.canopy.fulfilment.FulfilmentService;
import dev.canopy.fulfilment.FulfilmentService.Part;
import dev.canopy.identity.Access;
import dev.canopy.identity.Caller;
import dev.canopy.ordering.OrderPayments;
import dev.canopy.ordering.TakeBack;
import dev.canopy.platform.Ids;
import dev.canopy.platform.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Refunds by the manager. The order's units go back first (in one transaction with the refund's
 * record and each member's share taken back), then the card is refunded through Stripe and the
 * members' transfers reversed, outside it. What fails there stays pending and the payments worker
 * sends it again later, with the same idempotency key: never twice.
 */
@ApplicationScoped
public class Refunds {

    /** Fired in the refund's transaction: what went back of which order. */
    public record Refunded(UUID orderId, List<TakeBack.Returned> lines) {
    }

    /** No lines: the whole order (what is left of it), shipping included. */
    public record Request(@Valid @Size(max = 200) List<TakeBack.@Valid Units> lines, Boolean shipping,
            @NotBlank @Size(max = 500) String reason) {
    }

    @Inject
    Access access;
    @Inject
    Caller caller;
    @Inject
    OrderPayments orders;
    @Inject
    TakeBack takeBack;
    @Inject
    FulfilmentService fulfilments;
    @Inject
    PayoutLedger ledger;
    @Inject
    PaymentHistory history;
    @Inject
    PaymentWorker worker;
    @Inject
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<Refunded> refunded;
    @Inject
    Clock clock;

    public RefundView refund(String number, Request request) {
        access.requireManager("order");
        UUID id = QuarkusTransaction.requiringNew().call(() -> record(number, request));
        worker.sendRefund(id);
        return QuarkusTransaction.requiringNew().call(() -> RefundView.of(em.find(Refund.class, id)));
    }

    @Transactional
    public List<RefundView> of(String number) {
        access.requireManager("order");
        return em.createQuery("from Refund where orderId = ?1 order by createdAt, id", Refund.class)
                .setParameter(1, orders.byNumber(number).id()).getResultStream().map(RefundView::of).toList();
    }

    private UUID record(String number, Request request) {
        OrderPayments.Payable order = orders.byNumber(number);
        List<Part> parts = fulfilments.parts(order.id());
        Set<UUID> sent = parts.stream().filter(Part::sent).map(Part::memberId).collect(Collectors.toSet());
        TakeBack.Taken taken = takeBack.takeBack(number, request.lines(), Boolean.TRUE.equals(request.shipping()),
                sent, "manager:" + caller.email().orElse("operator"));
        Refund r = new Refund();
        r.id = Ids.next();
        r.orderId = order.id();
        r.amount = taken.total();
        r.shippingAmount = taken.shipping();
        r.currency = order.total().currency();
        r.lines = taken.lines();
        r.reason = request.reason().trim();
        r.rail = order.byCard() ? Payout.Rail.stripe : Payout.Rail.manual;
        r.status = order.byCard() ? Refund.Status.pending : Refund.Status.to_pay_by_hand;
        r.nextAttemptAt = order.byCard() ? clock.instant() : null;
        r.actor = caller.email().orElse("operator");
        r.createdAt = clock.instant();
        r.updatedAt = r.createdAt;
        em.persist(r);
        takeShares(r, taken, parts);
        refunded.fire(new Refunded(order.id(), taken.lines()));
        history.record(order.id(), "refund", Money.of(r.amount, r.currency), r.id.toString(), r.reason);
        return r.id;
    }

    /**
     * Each member gives back its frozen share of the refunded goods, pro rata and rounded down:
     * memberShare × refunded ÷ the part's goods. Shipping is the platform's and takes nothing.
     */
    private void takeShares(Refund refund, TakeBack.Taken taken, List<Part> parts) {
        Map<UUID, Long> refundedByMember = taken.lines().stream()
                .collect(Collectors.groupingBy(TakeBack.Returned::memberId,
                        Collectors.summingLong(TakeBack.Returned::amount)));
        parts.stream().filter(p -> refundedByMember.containsKey(p.memberId())).forEach(part -> {
            long share = BigDecimal.valueOf(part.memberShare())
                    .multiply(BigDecimal.valueOf(refundedByMember.get(part.memberId())))
                    .divide(BigDecimal.valueOf(part.itemsTotal()), 0, RoundingMode.DOWN).longValueExact();
            ledger.ofFulfilment(part.fulfilmentId()).ifPresent(payout -> takeBack(refund, payout, share));
        });
    }

    private void takeBack(Refund refund, Payout payout, long share) {
        if (share == 0 || payout.status == Payout.Status.reversed) {
            return;
        }
        if (payout.unpaid()) {
            payout.amount = Math.max(0, payout.amount - share);
            if (payout.amount == 0 && payout.transferred == 0) {
                payout.status = Payout.Status.reversed;
                payout.nextAttemptAt = null;
            }
            payout.updatedAt = clock.instant();
            return;
        }
        // Paid already: by transfer, reversed once the card refund went through; by hand, the manager recovers it
        worker.reversal(refund.id, payout, share, payout.rail == Payout.Rail.stripe
                ? PayoutReversal.Status.pending
                : PayoutReversal.Status.to_recover_by_hand, null);
    }
}
