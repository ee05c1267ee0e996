package dev.canopy.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    Optional<Order> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    Optional<Order> byIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    List<Order> page(Order.Status status, int page, int size) {
        return status == null ? findAll(Sort.descending("createdAt")).page(page, size).list()
                : find("status", Sort.descending("createdAt"), status).page(page, size).list();
    }

    long count(Order.Status status) {
        return status == null ? count() : count("status", status);
    }

    List<Order> unpaidPast(Instant now) {
        return list("status = ?1 and reservedUntil < ?2", Order.Status.awaiting_payment, now);
    }

    List<OrderLine> lines(UUID orderId) {
        return getEntityManager().createQuery("from OrderLine where orderId = ?1 order by position", OrderLine.class)
                .setParameter(1, orderId).getResultList();
    }

    List<OrderEvent> events(UUID orderId) {
        return getEntityManager().createQuery("from OrderEvent where orderId = ?1 order by at, id", OrderEvent.class)
                .setParameter(1, orderId).getResultList();
    }
}
