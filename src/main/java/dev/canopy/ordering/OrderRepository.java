package dev.canopy.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    Optional<Order> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    Optional<Order> byIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /** A page of the orders the criteria match, newest first, and how many match in all. */
    Found search(OrderCriteria criteria, int page, int size) {
        Query count = criteria.bind(getEntityManager().createNativeQuery("select count(*) from orders o"
                + criteria.where()));
        Query ids = criteria.bind(getEntityManager().createNativeQuery("select o.id from orders o" + criteria.where()
                + " order by o.created_at desc, o.id limit :size offset :offset"))
                .setParameter("size", size).setParameter("offset", (long) page * size);
        List<UUID> found = ids.getResultList().stream().map(UUID.class::cast).toList();
        Map<UUID, Order> byId = found.isEmpty() ? Map.of()
                : list("id in ?1", found).stream().collect(Collectors.toMap(o -> o.id, o -> o));
        return new Found(found.stream().map(byId::get).toList(), ((Number) count.getSingleResult()).longValue());
    }

    record Found(List<Order> orders, long total) {
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
