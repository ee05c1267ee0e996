package dev.canopy.fulfilment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.canopy.ordering.OrderLine;
import dev.canopy.ordering.OrderPaid;
import dev.canopy.ordering.OrderService;
import dev.canopy.platform.Ids;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Splits a paid order into one fulfilment per member, in the payment's transaction, with each
 * member's share: its line totals minus the commission frozen at checkout (rounded half-even).
 */
@ApplicationScoped
class RouteToMembers {

    @Inject
    OrderService orders;
    @Inject
    FulfilmentRepository fulfilments;
    @Inject
    FulfilmentNotices notices;
    @Inject
    MeterRegistry registry;
    @Inject
    Event<ParcelRouted> routed;
    @Inject
    Clock clock;

    void route(@Observes OrderPaid paid) {
        OrderService.Sold order = orders.sold(paid.orderId());
        Map<UUID, List<OrderLine>> byMember = order.lines().stream()
                .collect(Collectors.groupingBy(l -> l.memberId, java.util.LinkedHashMap::new, Collectors.toList()));
        byMember.forEach((member, lines) -> {
            Fulfilment fulfilment = fulfilment(order, member, lines);
            fulfilments.persist(fulfilment);
            notices.routed(fulfilment, order);
            routed.fire(new ParcelRouted(fulfilment.id, order.id(), order.number(), member, fulfilment.currency,
                    fulfilment.memberShare));
        });
        registry.counter("canopy.fulfilments.routed").increment(byMember.size());
    }

    private Fulfilment fulfilment(OrderService.Sold order, UUID member, List<OrderLine> lines) {
        Fulfilment f = new Fulfilment();
        f.id = Ids.next();
        f.orderId = order.id();
        f.memberId = member;
        f.status = Fulfilment.Status.pending;
        f.currency = order.currency();
        f.itemsTotal = lines.stream().mapToLong(l -> l.lineTotal).sum();
        long commission = BigDecimal.valueOf(f.itemsTotal).multiply(order.commissionRate())
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        f.memberShare = f.itemsTotal - commission;
        f.createdAt = clock.instant();
        f.updatedAt = f.createdAt;
        return f;
    }
}
