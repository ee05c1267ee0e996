package dev.canopy.catalog.pricing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Every rate the current consortium had in force, with since when: reports of past days read it. */
@ApplicationScoped
class RateHistory {

    @Inject
    EntityManager em;

    void record(String currency, BigDecimal rate, Instant at) {
        em.createNativeQuery("insert into exchange_rate_history (consortium_id, currency, rate, set_at) values "
                + "(current_consortium(), :currency, :rate, :at) on conflict (consortium_id, currency, set_at) "
                + "do update set rate = excluded.rate").setParameter("currency", currency).setParameter("rate", rate)
                .setParameter("at", at).executeUpdate();
    }
}
