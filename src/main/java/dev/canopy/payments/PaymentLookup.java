package dev.canopy.payments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.canopy.tenancy.TenantContext.ConsortiumRef;

/**
 * The only reads across consortia in payments: which consortium a Stripe id belongs to (a webhook
 * names nothing else), and which consortia have payout work due. The row-level security policy
 * lets a transaction that says so read these rows, and nothing is read but their owner.
 */
@ApplicationScoped
class PaymentLookup {

    /** Work for the payments worker: a transfer, a refund or a reversal to send. */
    record Task(ConsortiumRef consortium, String kind, UUID id) {
    }

    private static final String OWNER = """
            select c.id, c.slug from orders o join consortium c on c.id = o.consortium_id
             where o.checkout_session = :session or o.payment_intent = :intent or o.charge = :charge
            union
            select c.id, c.slug from payout_account a join consortium c on c.id = a.consortium_id
             where a.account_id = :account
            limit 1""";

    private static final String DUE = """
            select p.consortium_id, c.slug, 'transfer', p.id, p.next_attempt_at from payout p
              join consortium c on c.id = p.consortium_id
             where p.rail = 'stripe' and p.status in ('due', 'failed') and p.next_attempt_at <= :now
            union all
            select r.consortium_id, c.slug, 'refund', r.id, r.next_attempt_at from refund r
              join consortium c on c.id = r.consortium_id
             where r.status = 'pending' and r.next_attempt_at <= :now
            union all
            select v.consortium_id, c.slug, 'reversal', v.id, v.next_attempt_at from payout_reversal v
              join consortium c on c.id = v.consortium_id
             where v.status = 'pending' and v.next_attempt_at <= :now
            order by 5 limit :limit""";

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<ConsortiumRef> owner(String session, String paymentIntent, String charge, String account) {
        allow();
        List<?> rows = em.createNativeQuery(OWNER).setParameter("session", nonNull(session))
                .setParameter("intent", nonNull(paymentIntent)).setParameter("charge", nonNull(charge))
                .setParameter("account", nonNull(account)).getResultList();
        return rows.stream().findFirst().map(row -> ref((Object[]) row));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Task> due(Instant now, int limit) {
        allow();
        List<?> rows = em.createNativeQuery(DUE).setParameter("now", now).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Task(ref(r), (String) r[2], (UUID) r[3])).toList();
    }

    private void allow() {
        em.createNativeQuery("select set_config('canopy.payments_lookup', 'on', true)").getSingleResult();
    }

    private static ConsortiumRef ref(Object[] row) {
        return new ConsortiumRef((UUID) row[0], (String) row[1]);
    }

    /** An id that matches no row: Stripe's ids are never empty. */
    private static String nonNull(String id) {
        return id == null ? "" : id;
    }
}
