package dev.canopy.identity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ArtisanRepository implements PanacheRepositoryBase<Artisan, UUID> {

    boolean worksFor(String email, UUID memberId) {
        return count("email = ?1 and memberId = ?2", email, memberId) > 0;
    }

    boolean worksInConsortium(String email) {
        return count("email", email) > 0;
    }

    List<Artisan> ofPerson(String email) {
        return list("email", email);
    }

    List<Artisan> ofMember(UUID memberId, int page, int size) {
        return find("memberId", Sort.by("email"), memberId).page(page, size).list();
    }

    long countOfMember(UUID memberId) {
        return count("memberId", memberId);
    }
}
