package dev.canopy.tenancy;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.canopy.platform.errors.NotFound;

/**
 * Resolves every request to its consortium: by the {@code {c}} path segment of the API and the
 * storefront, else, for pages, by a custom domain in the Host header.
 */
class TenantFilter {

    static final String CONSORTIUM_PARAM = "c";

    @Inject
    ConsortiumDirectory directory;
    @Inject
    TenantContext tenant;

    @ServerRequestFilter
    void resolve(ContainerRequestContext request) {
        String slug = request.getUriInfo().getPathParameters().getFirst(CONSORTIUM_PARAM);
        if (slug != null) {
            tenant.enter(directory.bySlug(slug).orElseThrow(() -> new NotFound("No such consortium")));
            return;
        }
        String host = request.getHeaderString("Host");
        // Custom domains serve pages; the API always names its consortium in the path
        if (host != null && !request.getUriInfo().getPath().startsWith("/api/")) {
            directory.byDomain(host.replaceFirst(":\\d+$", "")).ifPresent(tenant::enter);
        }
    }
}
