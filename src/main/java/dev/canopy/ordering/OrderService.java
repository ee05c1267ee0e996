package dev.canopy.ordering;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.catalog.Inventory;
import dev.canopy.identity.Access;
import dev.canopy.identity.Caller;
import dev.canopy.ordering.mail.OrderMail;
import dev.canopy.platform.ListView;
import dev.canopy.platform.Money;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.MemberService;
import io.micrometer.core.instrument.MeterRegistry;

/** Orders after checkout: managers confirm payments and cancel; shoppers follow theirs by token. */
@ApplicationScoped
public class OrderService {

    @Inject
    OrderRepository orders;
    @Inject
    OrderHistory history;
    @Inject
    Inventory inventory;
    @Inject
    Parcels parcels;
    @Inject
    Access access;
    @Inject
    Caller caller;
    @Inject
    Event<OrderPaid> paid;
    @Inject
    MeterRegistry registry;
    @Inject
    ShopperNotices notices;
    @Inject
    BankTransfer bankTransfer;
    @Inject
    Clock clock;
    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;

    /** The orders a manager searches for, newest first; days are the consortium's (its time zone). */
    @Transactional
    public ListView<OrderView> list(OrderSearch search, PageRequest page) {
        access.requireManager("consortium");
        ZoneId zone = ZoneId.of(consortia.here().timeZone());
        String member = search.member();
        OrderCriteria criteria = new OrderCriteria(search.text(), search.status(), search.country(),
                member == null ? null : members.get(member).id(), search.since(zone), search.before(zone));
        OrderRepository.Found found = orders.search(criteria, page.page, page.size);
        return new ListView<>(found.orders(), found.total())
                .map(o -> OrderView.of(o, orders.lines(o.id), List.of(), List.of()));
    }

    @Transactional
    public OrderView get(String number) {
        access.requireManager("consortium");
        return full(load(number));
    }

    /** The shopper's view: the number and the token from checkout, compared in constant time. */
    @Transactional
    public OrderView forShopper(String number, String token) {
        Order order = orders.byNumber(number).filter(o -> token != null
                && MessageDigest.isEqual(o.token.getBytes(), token.getBytes()))
                .orElseThrow(() -> new NotFound("No such order"));
        return OrderView.of(order, orders.lines(order.id), parcels.of(order.id), List.of());
    }

    /** How to pay an order that awaits a bank transfer: to which account, how much, with which reference. */
    public record Transfer(String account, Money amount, String reference) {
    }

    public Optional<Transfer> transfer(OrderView order) {
        boolean awaited = order.status() == Order.Status.awaiting_payment
                && BankTransfer.METHOD.equals(order.paymentMethod());
        return awaited ? Optional.of(new Transfer(bankTransfer.account(), order.totals().total(), order.number()))
                : Optional.empty();
    }

    @Transactional
    public OrderView confirmPayment(String number) {
        access.requireManager("consortium");
        Order order = load(number);
        markPaid(order, actor());
        return full(order);
    }

    /** The one way an order becomes paid, by a manager's confirmation or a card payment: routed, told, counted. */
    void markPaid(Order order, String actor) {
        move(order, Order.Status.paid, actor);
        paid.fire(new OrderPaid(order.id, order.number));
        notices.paid(order);
        registry.counter("canopy.payments", "method", order.paymentMethod).increment();
    }

    @Transactional
    public OrderView cancel(String number) {
        access.requireManager("consortium");
        Order order = load(number);
        cancel(order, actor(), false);
        return full(order);
    }

    /** Unpaid past its reservation: the order is cancelled and its stock returns. */
    void expire(Order order) {
        cancel(order, "system:reservation-expired", true);
    }

    /**
     * An order as it was sold, for the steps after payment; call inside its consortium. The exchange
     * rate is the frozen one: units of the order's currency per unit of the base currency.
     */
    public record Sold(UUID id, String number, String currency, BigDecimal commissionRate, String email,
            ShippingAddress shippingAddress, List<OrderLine> lines, BigDecimal exchangeRate, Instant placedAt,
            long shippingTotal) {
    }

    @Transactional
    public Sold sold(UUID orderId) {
        Order o = orders.findByIdOptional(orderId).orElseThrow(() -> new NotFound("No such order"));
        return new Sold(o.id, o.number, o.currency, o.commissionRate, o.email, o.shippingAddress, orders.lines(o.id),
                o.exchangeRate, o.createdAt, o.shippingTotal);
    }

    /** The order as the shopper's mails tell it, for the steps after payment; call inside its consortium. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderMail mailAbout(UUID orderId) {
        return notices.about(orders.findByIdOptional(orderId).orElseThrow(() -> new NotFound("No such order")));
    }

    /** Fulfilment reports the parcels' progress; the order follows it. */
    @Transactional
    public void follow(UUID orderId, Order.Status status, String actor) {
        Order order = orders.findByIdOptional(orderId).orElseThrow(() -> new NotFound("No such order"));
        if (order.status != status && !order.status.refundedSome()) {
            move(order, status, actor);
        }
    }

    /** {@code expired}: ended because nobody paid in time, rather than by the shop. */
    void cancel(Order order, String actor, boolean expired) {
        move(order, Order.Status.cancelled, actor);
        notices.cancelled(order, expired);
        orders.lines(order.id).forEach(l -> inventory.release(l.variantId, l.stockPieces()));
        registry.counter("canopy.orders.cancelled").increment();
    }

    void move(Order order, Order.Status to, String actor) {
        Order.Status from = order.moveTo(to);
        history.record(order, from, actor, clock.instant());
    }

    private String actor() {
        return caller.isOperator() && caller.email().isEmpty() ? "operator"
                : "manager:" + caller.email().orElse("unknown");
    }

    private Order load(String number) {
        return orders.byNumber(number).orElseThrow(() -> new NotFound("No such order"));
    }

    private OrderView full(Order order) {
        return OrderView.of(order, orders.lines(order.id), parcels.of(order.id), orders.events(order.id));
    }
}
