package dev.canopy.storefront;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.canopy.platform.web.ContentSecurityPolicy;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.TenantContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * The brand's one-line theme is inlined in each storefront page ({@link Shop#theme}) rather than fetched as a
 * stylesheet that blocks rendering; the page's Content-Security-Policy allows that one style by its hash.
 */
class InlineTheme {

    @Inject
    TenantContext tenant;
    @Inject
    ConsortiumService consortia;
    @Inject
    CurrentVertxRequest current;

    @ServerResponseFilter
    void allow(ContainerRequestContext request, ContainerResponseContext response) {
        // Not by media type: pages returned as templates have none yet when this runs (checkout, order)
        if (!request.getUriInfo().getPath().startsWith("/shop/")) {
            return;
        }
        tenant.current().flatMap(c -> consortia.published(c.slug()))
                .ifPresent(c -> ContentSecurityPolicy.allowStyle(current.getCurrent(), Shop.theme(c.primaryColor())));
    }
}
