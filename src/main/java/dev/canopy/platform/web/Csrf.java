package dev.canopy.platform.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.platform.errors.Forbidden;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * Double-submit protection for the portal's forms: a random token in a strict, HttpOnly cookie
 * that every form must echo in its hidden {@code csrf} field.
 */
@RequestScoped
public class Csrf {

    public static final String FIELD = "csrf";
    static final String COOKIE = "canopy-csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "canopy.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    private String token;

    /** The token to put into a form, issuing the cookie on first use. */
    public String token() {
        if (token == null) {
            Cookie existing = request.getCookie(COOKIE);
            token = existing != null ? existing.getValue() : issue();
        }
        return token;
    }

    public void verify(String submitted) {
        Cookie cookie = request.getCookie(COOKIE);
        if (submitted == null || cookie == null
                || !MessageDigest.isEqual(submitted.getBytes(), cookie.getValue().getBytes())) {
            throw new Forbidden("The form has expired; reload the page and try again");
        }
    }

    private String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.response().addCookie(Cookie.cookie(COOKIE, value).setPath("/portal").setHttpOnly(true)
                .setSecure(secureCookies).setSameSite(CookieSameSite.STRICT));
        return value;
    }
}
