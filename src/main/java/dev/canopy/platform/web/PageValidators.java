package dev.canopy.platform.web;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.canopy.platform.Fingerprint;

/**
 * A validator for every rendered page: an ETag from its text, so that a browser (or a CDN) asking again with
 * If-None-Match gets a bodiless 304 when nothing changed. Weak, as compression changes the bytes on the wire.
 * A page nobody may keep ({@code no-store}: a cart, a checkout) is never asked again, so its text is not
 * hashed: that hash was a quarter of a cart page's cost. Runs after {@link PageCaching} has said which.
 */
class PageValidators {

    // response filters run from the highest priority down
    static final int AFTER_CACHING = PageCaching.PRIORITY - 1;

    @ServerResponseFilter(priority = AFTER_CACHING)
    void etag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200
                || !(response.getEntity() instanceof String page)
                || !MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType()) || kept(response)) {
            return;
        }
        EntityTag tag = new EntityTag(Fingerprint.of(page.getBytes(StandardCharsets.UTF_8), 12), true);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        String asked = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && asked.contains("\"" + tag.getValue() + "\"")) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean kept(ContainerResponseContext response) {
        return String.valueOf(response.getHeaderString(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }
}
