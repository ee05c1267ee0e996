package dev.canopy.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ProductRepository implements PanacheRepositoryBase<Product, UUID> {

    Optional<Product> ofMember(UUID memberId, UUID id) {
        return find("id = ?1 and memberId = ?2", id, memberId).firstResultOptional();
    }

    List<Product> listOfMember(UUID memberId, int page, int size) {
        return find("memberId", Sort.descending("updatedAt"), memberId).page(page, size).list();
    }

    long countOfMember(UUID memberId) {
        return count("memberId", memberId);
    }

    List<Product> pendingReview(int page, int size) {
        return find("status", Sort.ascending("updatedAt"), Product.Status.pending_review).page(page, size).list();
    }

    long countPendingReview() {
        return count("status", Product.Status.pending_review);
    }
}
