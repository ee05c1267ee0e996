package dev.canopy.testsupport;

import java.util.UUID;
import java.util.function.Supplier;

import dev.canopy.tenancy.TenantContext;
import dev.canopy.tenancy.TenantContext.ConsortiumRef;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs work as a request would: in a fresh request context, acting in the given consortium (or in
 * none), inside a new transaction, so that the app's row-level security settings apply.
 */
public final class InTenant {

    private InTenant() {
    }

    /** In consortium {@code consortiumId}; {@code null} for a request that resolved no consortium. */
    public static <T> T call(UUID consortiumId, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        ContextState outer = requests.isActive() ? requests.getState() : null;
        if (outer != null) {
            requests.deactivate();
        }
        requests.activate();
        try {
            if (consortiumId != null) {
                Arc.container().instance(TenantContext.class).get().enter(new ConsortiumRef(consortiumId, "test"));
            }
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }

    public static void run(UUID consortiumId, Runnable work) {
        call(consortiumId, () -> {
            work.run();
            return null;
        });
    }
}
