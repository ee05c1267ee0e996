package dev.canopy.identity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
class ManagerRepository implements PanacheRepositoryBase<Manager, UUID> {

    boolean isManager(String email) {
        return count("email", email) > 0;
    }

    /** Across consortia: row-level security shows a person only their own rows outside a tenant. */
    List<UUID> consortiaManagedBy(String email) {
        return list("email", email).stream().map(m -> UUID.fromString(m.consortiumId)).toList();
    }

    List<Manager> listed(int page, int size) {
        return findAll(Sort.by("email")).page(page, size).list();
    }
}
