package dev.canopy.platform.web;

import java.util.regex.Pattern;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a browser or a CDN may keep of a storefront page: carts, checkout and order status are a
 * person's own ({@code private, no-store}); a public page seen without a cart may be shared briefly
 * and refreshed in the background, so a CDN in front can absorb a spike. The portal is private
 * throughout (application.properties: its login redirects happen before any filter here).
 */
class PageCaching {

    static final int PRIORITY = Priorities.HEADER_DECORATOR;
    static final String PERSONAL = "private, no-store";
    static final String SHARED = "public, max-age=30, stale-while-revalidate=60";
    private static final Pattern PERSONAL_PAGES = Pattern.compile("^/shop/[^/]+/(cart|checkout|orders)(/|$)");

    @ServerResponseFilter(priority = PRIORITY)
    void cacheControl(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/shop/") || response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        boolean shared = "GET".equals(request.getMethod()) && response.getStatus() == 200
                && !PERSONAL_PAGES.matcher(path).find() && !response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)
                && request.getCookies().keySet().stream().noneMatch(name -> name.startsWith("cart-"));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, shared ? SHARED : PERSONAL);
    }
}
