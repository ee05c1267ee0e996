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
 */
class PageValidators {

    @ServerResponseFilter
    void etag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200
                || !(response.getEntity() instanceof String page)
                || !MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType())) {
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
}
