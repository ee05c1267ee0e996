package dev.canopy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Tells caches (browsers, a CDN) which request headers an answer depends on: every answer may be compressed
 * for the client's Accept-Encoding, and a page speaks the language its Accept-Language asks for at the same URL.
 */
@ApplicationScoped
class VaryHeaders {

    static final String ANY = "Accept-Encoding";
    static final String PAGE = "Accept-Encoding, Accept-Language";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            context.addHeadersEndHandler(done -> {
                String type = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
                boolean page = type != null && type.startsWith("text/html");
                context.response().headers().set(HttpHeaders.VARY, page ? PAGE : ANY);
            });
            context.next();
        });
    }
}
