package dev.canopy.fulfilment.papers;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class CustomsProfileRepository implements PanacheRepositoryBase<CustomsProfile, UUID> {

    /** The current consortium's profile: row-level security and the tenant filter leave at most one. */
    Optional<CustomsProfile> current() {
        return findAll().firstResultOptional();
    }
}
