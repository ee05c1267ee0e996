package dev.canopy.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language pages speak: {@code ?lang=} (remembered in a cookie), else the cookie, else the
 * browser's Accept-Language, else English. Only languages with a message bundle are offered.
 */
@RequestScoped
public class UiLanguage {

    public static final List<String> OFFERED = List.of("en", "ru");
    static final String COOKIE = "lang";

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "canopy.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(chosen());
        }
        return locale;
    }

    public String tag() {
        return locale().getLanguage();
    }

    private String chosen() {
        String asked = request.getParam("lang");
        if (offered(asked)) {
            request.response().addCookie(Cookie.cookie(COOKIE, asked).setPath("/").setHttpOnly(true).setSecure(secureCookies)
                    .setSameSite(CookieSameSite.LAX).setMaxAge(31_536_000));
            return asked;
        }
        Cookie remembered = request.getCookie(COOKIE);
        if (remembered != null && offered(remembered.getValue())) {
            return remembered.getValue();
        }
        return fromBrowser().orElse("en");
    }

    private Optional<String> fromBrowser() {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> range.getRange().split("-")[0])
                    .filter(UiLanguage::offered).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean offered(String tag) {
        return tag != null && OFFERED.contains(tag);
    }
}
