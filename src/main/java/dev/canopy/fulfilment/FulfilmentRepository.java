package dev.canopy.fulfilment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class FulfilmentRepository implements PanacheRepositoryBase<Fulfilment, UUID> {

    List<Fulfilment> ofOrder(UUID orderId) {
        return list("orderId", Sort.by("createdAt").and("id"), orderId);
    }

    Map<UUID, Long> notShippedSince(Instant since) {
        return find("status in ?1 and createdAt < ?2", List.of(Fulfilment.Status.pending, Fulfilment.Status.accepted),
                since).stream().collect(Collectors.groupingBy(f -> f.memberId, Collectors.counting()));
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
