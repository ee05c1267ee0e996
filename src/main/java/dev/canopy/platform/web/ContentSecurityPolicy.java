package dev.canopy.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.platform.Fingerprint;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One Content-Security-Policy per answer, chosen by its path: everything may load and post only to
 * the site itself, except that checkout's form leads on to the card payment page (form-action also
 * governs the redirect after the post) and Swagger UI needs its inline script. Set here rather than
 * in quarkus.http.header, whose value would win over any per-path one.
 */
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";
    private static final String INLINE_STYLE = "canopy.inline-style";
    private static final String SITE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'%s; frame-ancestors 'none'";
    private static final String SWAGGER = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";
    private static final Pattern CHECKOUT = Pattern.compile("(/shop/[^/]+)?/checkout");

    private final String site = SITE.formatted("");
    private final String checkout;

    ContentSecurityPolicy(
            @ConfigProperty(name = "canopy.stripe.checkout-origin", defaultValue = "https://checkout.stripe.com") String paymentPage) {
        checkout = SITE.formatted(" " + paymentPage);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String path = context.normalizedPath();
            String policy = path.startsWith("/q/swagger-ui") ? SWAGGER
                    : CHECKOUT.matcher(path).matches() ? checkout : site;
            context.addHeadersEndHandler(done -> context.response().headers().set(HEADER, withStyle(policy, context)));
            context.next();
        });
    }

    /** Lets this answer carry one inline {@code <style>} with exactly {@code css}: allowed by its hash alone. */
    public static void allowStyle(RoutingContext answer, String css) {
        answer.put(INLINE_STYLE, css);
    }

    private static String withStyle(String policy, RoutingContext context) {
        String css = context.get(INLINE_STYLE);
        if (css == null) {
            return policy;
        }
        String hash = Base64.getEncoder().encodeToString(Fingerprint.sha256(css.getBytes(StandardCharsets.UTF_8)));
        return policy.replace("style-src 'self'", "style-src 'self' 'sha256-" + hash + "'");
    }
}
