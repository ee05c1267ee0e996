package dev.canopy.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    Optional<Member> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    List<Member> page(int page, int size) {
        return findAll(Sort.by("name")).page(page, size).list();
    }

    List<Member> active() {
        return list("status", Sort.by("name"), Member.Status.active);
    }

    /** A slice of the active members by name; the id orders namesakes, so that slices neither skip nor repeat. */
    List<Member> active(int offset, int limit) {
        return find("status", Sort.by("name").and("id"), Member.Status.active).range(offset, offset + limit - 1)
                .list();
    }

    long countActive() {
        return count("status", Member.Status.active);
    }

    List<Member> withIds(Collection<UUID> ids) {
        return list("id in ?1", Sort.by("name"), ids);
    }
}
