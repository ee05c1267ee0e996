package dev.canopy.storefront;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.ordering.CartService;
import dev.canopy.ordering.CartView;
import dev.canopy.platform.Money;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.TenantContext;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * The shopper's cart in this storefront, found by the id in an HttpOnly cookie of the storefront's
 * own path. The id is the only key to the cart, so it never goes into an address; SameSite=Lax
 * keeps other sites' forms from posting with it. A cart this storefront does not know (another
 * consortium's, one that became an order) counts as none.
 */
@RequestScoped
class ShopperCart {

    private static final int THIRTY_DAYS = 2_592_000;

    @Inject
    CartService carts;
    @Inject
    TenantContext tenant;
    @Inject
    HttpServerRequest request;
    @ConfigProperty(name = "canopy.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    private Optional<CartView> current;

    /** The open cart, read and priced once per request. */
    Optional<CartView> current() {
        if (current == null) {
            current = id().flatMap(this::open);
        }
        return current;
    }

    /** The open cart, or a new one in {@code currency} (null: the base currency). */
    UUID currentOrNew(String currency) {
        return current().map(CartView::id).orElseGet(() -> {
            UUID id = carts.open(currency).id();
            remember(id);
            return id;
        });
    }

    /** The open cart with its shipping to {@code country}, when that is a country (else without). */
    Optional<CartView> shippedTo(String country) {
        return Destinations.known(country) ? current().map(cart -> carts.get(cart.id(), country)) : current();
    }

    /** After a change, the cart as the service answered it. */
    void changed(CartView cart) {
        current = Optional.of(cart);
    }

    /** The id in the cookie, whether or not the cart is still open (a repeated checkout needs it). */
    Optional<UUID> id() {
        Cookie cookie = request.getCookie(name());
        try {
            return cookie == null ? Optional.empty() : Optional.of(UUID.fromString(cookie.getValue()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    static CartView empty(String currency) {
        return new CartView(null, currency, List.of(), Money.of(0, currency), true, null);
    }

    private Optional<CartView> open(UUID id) {
        try {
            CartView cart = carts.get(id);
            if (cart.open()) {
                return Optional.of(cart);
            }
        } catch (NotFound unknown) {
            // another consortium's cart, or one long discarded: start afresh
        }
        forget();
        return Optional.empty();
    }

    private void remember(UUID id) {
        request.response().addCookie(cookie(id.toString()).setMaxAge(THIRTY_DAYS));
    }

    private void forget() {
        request.response().addCookie(cookie("").setMaxAge(0));
    }

    private Cookie cookie(String value) {
        return Cookie.cookie(name(), value).setPath("/shop/" + tenant.require().slug()).setHttpOnly(true)
                .setSecure(secureCookies).setSameSite(CookieSameSite.LAX);
    }

    private String name() {
        return "cart-" + tenant.require().slug();
    }
}
