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

    List<Member> active(int most) {
        return find("status", Sort.by("name"), Member.Status.active).page(0, most).list();
    }

    List<Member> withIds(Collection<UUID> ids) {
        return list("id in ?1", Sort.by("name"), ids);
    }
}
