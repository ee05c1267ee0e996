package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.canopy.tenancy.TenantContext.ConsortiumRef;

/**
 * The {@code exchange_rate_feed} row of each consortium: markup, age of the feed's rates, last failure
 * and when the next fetch is due. A consortium without a row has no markup and was never fetched.
 */
@ApplicationScoped
class FeedStatus {

    /** What the manager and the rate table see. */
    record Status(BigDecimal markupPercent, LocalDate referenceDate, Instant fetchedAt, Instant attemptedAt,
            String failure) {
    }

    /** A consortium whose fetch this run has taken, with its failures so far. */
    record Due(ConsortiumRef consortium, int attempts) {
    }

    private static final String UPDATE = "update exchange_rate_feed set ";
    private static final String HERE = " where consortium_id = current_consortium()";

    private static final String CLAIM = """
            with claimed as (
              update exchange_rate_feed set next_fetch_at = :lease
               where consortium_id in (select consortium_id from exchange_rate_feed where next_fetch_at <= :now
                                       order by next_fetch_at limit :batch for update skip locked)
              returning consortium_id, attempts)
            select c.id, c.slug, claimed.attempts from claimed join consortium c on c.id = claimed.consortium_id""";

    @Inject
    EntityManager em;

    Status here() {
        List<?> rows = em.createNativeQuery("select markup_percent, reference_date, fetched_at, attempted_at, "
                + "failure from exchange_rate_feed where consortium_id = current_consortium()").getResultList();
        if (rows.isEmpty()) {
            return new Status(BigDecimal.ZERO, null, null, null, null);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Status((BigDecimal) row[0], (LocalDate) row[1],
                instant(row[2]), instant(row[3]), (String) row[4]);
    }

    void markup(BigDecimal percent, Instant now) {
        ensureRow(now);
        em.createNativeQuery(UPDATE + "markup_percent = :markup" + HERE).setParameter("markup", percent)
                .executeUpdate();
    }

    void fetched(LocalDate referenceDate, Instant at, Instant next) {
        ensureRow(at);
        em.createNativeQuery(UPDATE + "reference_date = :date, fetched_at = :now, attempted_at = :now, "
                + "failure = null, attempts = 0, next_fetch_at = :next" + HERE).setParameter("date", referenceDate)
                .setParameter("now", at).setParameter("next", next).executeUpdate();
    }

    /** A failed fetch: the rates stay. A manager's refresh leaves the schedule as it was. */
    void failed(String reason, Instant at) {
        ensureRow(at);
        em.createNativeQuery(UPDATE + "attempted_at = :now, failure = :reason, attempts = attempts + 1" + HERE)
                .setParameter("now", at).setParameter("reason", reason).executeUpdate();
    }

    /** A failed scheduled fetch, tried again at {@code next}. */
    void failed(String reason, Instant at, Instant next) {
        failed(reason, at);
        em.createNativeQuery(UPDATE + "next_fetch_at = :next" + HERE).setParameter("next", next).executeUpdate();
    }

    private void ensureRow(Instant now) {
        em.createNativeQuery("insert into exchange_rate_feed (consortium_id, next_fetch_at) values "
                + "(current_consortium(), :now) on conflict (consortium_id) do nothing").setParameter("now", now)
                .executeUpdate();
    }

    /** The driver gives timestamptz as a Timestamp or an Instant, depending on the query's path. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }

    /**
     * Across consortia (the caller's transaction says so): every consortium gets a row, and the due ones
     * are leased to this run, so that other replicas skip them until the lease ends.
     */
    List<Due> claimDue(Instant now, Instant lease, int batch) {
        em.createNativeQuery("select set_config('canopy.rate_feed', 'on', true)").getSingleResult();
        em.createNativeQuery("insert into exchange_rate_feed (consortium_id, next_fetch_at) select id, :now "
                + "from consortium on conflict (consortium_id) do nothing").setParameter("now", now).executeUpdate();
        List<?> rows = em.createNativeQuery(CLAIM).setParameter("lease", lease).setParameter("now", now)
                .setParameter("batch", batch).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new Due(new ConsortiumRef((UUID) r[0], (String) r[1]), ((Number) r[2]).intValue()))
                .toList();
    }
}
