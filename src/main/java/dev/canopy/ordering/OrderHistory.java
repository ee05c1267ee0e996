package dev.canopy.ordering;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.platform.Ids;

/** Records every transition of an order with its time and actor. */
@ApplicationScoped
class OrderHistory {

    @Inject
    OrderRepository orders;

    void record(Order order, Order.Status from, String actor, Instant at) {
        OrderEvent event = new OrderEvent();
        event.id = Ids.next();
        event.orderId = order.id;
        event.fromStatus = from;
        event.toStatus = order.status;
        event.actor = actor;
        event.at = at;
        orders.getEntityManager().persist(event);
    }
}
