package dev.canopy.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.canopy.platform.Fingerprint;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The files under /static/ addressed by their content ({@code {asset:url('canopy.css')}} →
 * {@code /static/canopy.css?v=<hash>}): a browser keeps such an address for a year, since a changed file gets
 * a new one; an address without the current version is kept only briefly.
 */
@ApplicationScoped
public class StaticAssets {

    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String BRIEFLY = "public, max-age=300";
    private static final String ROOT = "META-INF/resources/static/";
    private static final Map<String, Optional<String>> VERSIONS = new ConcurrentHashMap<>();

    /** The file's address with its content's version; the plain address if there is no such file. */
    @TemplateExtension(namespace = "asset")
    public static String url(String name) {
        String version = version(name);
        return "/static/" + name + (version == null ? "" : "?v=" + version);
    }

    void install(@Observes Router router) {
        router.route("/static/*").order(Integer.MIN_VALUE + 2).handler(context -> {
            String name = context.normalizedPath().substring("/static/".length());
            String asked = context.request().getParam("v");
            boolean current = asked != null && asked.equals(version(name));
            context.addHeadersEndHandler(done -> {
                if (context.response().getStatusCode() == 200) {
                    context.response().headers().set(HttpHeaders.CACHE_CONTROL, current ? FOREVER : BRIEFLY);
                }
            });
            context.next();
        });
    }

    /** The first 16 hex digits of the file's SHA-256, null for a name that is no file here. */
    static String version(String name) {
        if (name.contains("..")) {
            return null;
        }
        // dev mode serves edited files without a restart: hash them anew each time there
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return hash(name).orElse(null);
        }
        return VERSIONS.computeIfAbsent(name, StaticAssets::hash).orElse(null);
    }

    private static Optional<String> hash(String name) {
        try (InputStream file = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + name)) {
            if (file == null) {
                return Optional.empty();
            }
            return Optional.of(Fingerprint.of(file.readAllBytes(), 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
