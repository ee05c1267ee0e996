package dev.canopy.fulfilment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class FulfilmentRepository implements PanacheRepositoryBase<Fulfilment, UUID> {

    List<Fulfilment> ofOrder(UUID orderId) {
        return list("orderId", Sort.by("createdAt").and("id"), orderId);
    }

    List<Fulfilment> ofMember(UUID memberId, int page, int size) {
        return find("memberId", Sort.descending("createdAt"), memberId).page(page, size).list();
    }

    long countOfMember(UUID memberId) {
        return count("memberId", memberId);
    }

    Optional<Fulfilment> ofMember(UUID memberId, UUID id) {
        return find("id = ?1 and memberId = ?2", id, memberId).firstResultOptional();
    }
}
