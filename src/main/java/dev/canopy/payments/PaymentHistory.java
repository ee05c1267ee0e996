package dev.canopy.payments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.canopy.platform.Ids;
import dev.canopy.platform.Money;

/** An order's payment history as the manager reads it: each payment, refusal, refund and dispute. */
@ApplicationScoped
public class PaymentHistory {

    public record Entry(String kind, Money amount, String externalId, String note, Instant at) {
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void record(UUID orderId, String kind, Money amount, String externalId, String note) {
        PaymentRecord r = new PaymentRecord();
        r.id = Ids.next();
        r.orderId = orderId;
        r.kind = kind;
        r.amount = amount == null ? null : amount.amount();
        r.currency = amount == null ? null : amount.currency();
        r.externalId = externalId;
        r.note = note;
        r.at = clock.instant();
        em.persist(r);
    }

    @Transactional
    List<Entry> of(UUID orderId) {
        return em.createQuery("from PaymentRecord where orderId = ?1 order by at, id", PaymentRecord.class)
                .setParameter(1, orderId).getResultStream()
                .map(r -> new Entry(r.kind, r.amount == null ? null : Money.of(r.amount, r.currency), r.externalId,
                        r.note, r.at))
                .toList();
    }
}
