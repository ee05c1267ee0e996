package dev.canopy.tenancy;

import java.util.Set;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.canopy.platform.cache.ShopChanged;

/**
 * A manager's or an artisan's write drops this replica's cached shop answers before its response
 * leaves, so whoever made a change sees it on their next request; other replicas hear of it from
 * the database a moment later. Shoppers' own writes (carts, checkout) change no cached answer,
 * except stock running out, which the database announces.
 */
class ShopWrites {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    TenantContext tenant;
    @Inject
    Event<ShopChanged> changes;

    @ServerResponseFilter
    void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (READS.contains(request.getMethod()) || !(path.startsWith("/api/v1/consortia/") || path.startsWith("/portal/"))) {
            return;
        }
        tenant.current().ifPresent(consortium -> changes.fire(new ShopChanged(consortium.id())));
    }
}
