package dev.canopy.catalog.pricing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The current consortium's display rounding per currency; row-level security picks the consortium. */
@ApplicationScoped
class DisplayRoundings {

    @Inject
    EntityManager em;

    /** The currencies whose rounding the manager set; the others show the minor unit. */
    @SuppressWarnings("unchecked")
    Map<String, Rounding> set() {
        List<Object[]> rows = em.createNativeQuery("select currency, rounding from display_rounding").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> Rounding.valueOf((String) r[1])));
    }

    Rounding of(String currency) {
        return set().getOrDefault(currency, Rounding.minor);
    }

    void keep(String currency, Rounding rounding) {
        em.createNativeQuery("insert into display_rounding (consortium_id, currency, rounding) values "
                + "(current_consortium(), :currency, :rounding) on conflict (consortium_id, currency) "
                + "do update set rounding = excluded.rounding where display_rounding.rounding <> excluded.rounding")
                .setParameter("currency", currency).setParameter("rounding", rounding.name()).executeUpdate();
    }
}
