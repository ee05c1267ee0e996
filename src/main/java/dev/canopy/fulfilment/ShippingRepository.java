package dev.canopy.fulfilment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.canopy.fulfilment.ShippingPolicy.Model;

@ApplicationScoped
class ShippingRepository {

    @Inject
    EntityManager em;

    Model model() {
        return em.createQuery("from ShippingPolicy", ShippingPolicy.class).getResultStream().findFirst()
                .map(p -> p.model).orElse(Model.per_member);
    }

    List<ShippingZone> zones() {
        return em.createQuery("from ShippingZone order by position", ShippingZone.class).getResultList();
    }

    List<ShippingRate> rates(UUID zoneId) {
        return em.createQuery("from ShippingRate where zoneId = ?1", ShippingRate.class).setParameter(1, zoneId)
                .getResultList();
    }

    List<ShippingRate> allRates() {
        return em.createQuery("from ShippingRate", ShippingRate.class).getResultList();
    }

    void clear() {
        em.createQuery("delete from ShippingRate").executeUpdate();
        em.createQuery("delete from ShippingZone").executeUpdate();
        em.createQuery("delete from ShippingPolicy").executeUpdate();
    }

    void persist(Object entity) {
        em.persist(entity);
    }
}
