package dev.canopy.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Access;
import dev.canopy.identity.Memberships;
import dev.canopy.identity.Memberships.ManagerView;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;

/** The operator assigns a consortium's managers; managers add their colleagues. */
@ApplicationScoped
class ManagerService {

    @Inject
    Access access;
    @Inject
    Memberships memberships;
    @Inject
    TenantContext tenant;

    @Transactional
    ManagerView add(String email) {
        access.requireManager("consortium");
        return memberships.addManager(tenant.require().id(), email);
    }

    @Transactional
    ListView<ManagerView> list(PageRequest page) {
        access.requireManager("consortium");
        return memberships.managers(page);
    }
}
