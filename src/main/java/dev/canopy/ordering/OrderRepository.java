package dev.canopy.ordering;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import org.hibernate.Timeouts;
import org.hibernate.jpa.SpecHints;

import dev.canopy.tenancy.TenantContext;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class OrderRepository implements PanacheRepositoryBase<Order, UUID> {

    @Inject
    TenantContext tenant;

    Optional<Order> byNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /** In SQL, as checkout asks on every order (see {@link CartRepository} for why). */
    Optional<Order> byIdempotencyKey(String key) {
        return getSession().createNativeQuery("select * from orders where consortium_id = :consortium"
                + " and idempotency_key = :key", Order.class).setParameter("consortium", tenant.require().id())
                .setParameter("key", key).getResultStream().findFirst();
    }

    /** Whether an order has this number, without loading it: checkout asks once per order. */
    boolean numberTaken(String number) {
        return getSession().createNativeQuery("select exists (select 1 from orders"
                + " where consortium_id = :consortium and number = :number)", Boolean.class)
                .setParameter("consortium", tenant.require().id()).setParameter("number", number).getSingleResult();
    }

    /**
     * The unpaid orders of this consortium placed with an e-mail and from a client address, and when
     * the first of them stops holding stock (row-level security keeps it to the consortium).
     */
    Unpaid unpaid(String email, String client) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                select count(*) filter (where email = :email),
                       count(*) filter (where client_address = cast(:client as text)),
                       extract(epoch from min(reserved_until))
                from orders where status = 'awaiting_payment'
                  and (email = :email or client_address = cast(:client as text))""")
                .setParameter("email", email).setParameter("client", client).getSingleResult();
        Instant first = row[2] == null ? Instant.now() : Instant.ofEpochSecond(((Number) row[2]).longValue());
        return new Unpaid(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), first);
    }

    record Unpaid(long byEmail, long byClient, Instant firstFree) {
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

    /**
     * Locked until the transaction ends; those another expiry run (another replica) holds are skipped,
     * so no order is cancelled, nor its stock given back, twice.
     */
    List<Order> unpaidPast(Instant now) {
        return find("status = ?1 and reservedUntil < ?2", Order.Status.awaiting_payment, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI).list();
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
