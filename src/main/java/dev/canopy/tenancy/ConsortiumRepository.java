package dev.canopy.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ConsortiumRepository implements PanacheRepositoryBase<Consortium, UUID> {

    Optional<Consortium> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    Optional<Consortium> byDomain(String domain) {
        return find("select c from Consortium c join c.domains d where d = ?1", domain).firstResultOptional();
    }

    boolean domainTakenByAnother(String domain, UUID consortiumId) {
        return count("select count(c) from Consortium c join c.domains d where d = ?1 and c.id <> ?2",
                domain, consortiumId) > 0;
    }

    List<Consortium> page(int page, int size) {
        return findAll(Sort.by("name")).page(page, size).list();
    }

    List<Consortium> among(Collection<UUID> ids, int page, int size) {
        return find("id in ?1", Sort.by("name"), ids).page(page, size).list();
    }
}
