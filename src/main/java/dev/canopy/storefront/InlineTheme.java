package dev.canopy.storefront;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

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
        // A page returned as a template has no media type yet when this runs (checkout, order): only
        // answers known to be something else (problem+json, images, feeds) are left alone
        MediaType type = response.getMediaType();
        if (!request.getUriInfo().getPath().startsWith("/shop/")
                || type != null && !MediaType.TEXT_HTML_TYPE.isCompatible(type)) {
            return;
        }
        try {
            tenant.current().flatMap(c -> consortia.published(c.slug())).ifPresent(
                    c -> ContentSecurityPolicy.allowStyle(current.getCurrent(), Shop.theme(c.primaryColor())));
        } catch (RuntimeException databaseAway) {
            // the answer goes out as it is (an outage's 503 stays a 503); the page merely loses its colour
        }
    }
}
