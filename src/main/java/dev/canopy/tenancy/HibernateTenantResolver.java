package dev.canopy.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/**
 * Hibernate's half of tenant isolation: entities with {@code @TenantId} are filtered by the resolved
 * consortium. Without one (the operator's cross-consortium views, a person's own memberships) the
 * session is "root" and PostgreSQL's row-level security alone decides what is visible.
 */
@PersistenceUnitExtension
@ApplicationScoped
class HibernateTenantResolver implements TenantResolver {

    static final String ROOT = "root";

    @Inject
    TenantContext tenant;

    @Override
    public String getDefaultTenantId() {
        return ROOT;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return ROOT;
        }
        return tenant.current().map(c -> c.id().toString()).orElse(ROOT);
    }

    @Override
    public boolean isRoot(String tenantId) {
        return ROOT.equals(tenantId);
    }
}
