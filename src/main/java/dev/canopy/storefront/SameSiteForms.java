package dev.canopy.storefront;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.canopy.platform.errors.Forbidden;

/**
 * The storefront's forms carry no token: the cart cookie is SameSite=Lax, so another site's form
 * arrives without it. Such a form could still start a new cart in the shopper's browser, replacing
 * theirs; browsers that say where a request comes from ({@code Sec-Fetch-Site}) are refused that.
 */
class SameSiteForms {

    @ServerRequestFilter
    void refuseOtherSites(ContainerRequestContext request) {
        boolean form = "POST".equals(request.getMethod()) && request.getUriInfo().getPath().startsWith("/shop/");
        if (form && "cross-site".equals(request.getHeaderString("Sec-Fetch-Site"))) {
            throw new Forbidden("Forms of this shop are sent from its own pages");
        }
    }
}
