package dev.canopy.storefront;

import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.catalog.pricing.Prices;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.StorefrontAddress;
import dev.canopy.tenancy.TenantContext;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * The shopper of this request: texts in {@code ?lang} when the brand writes in it, else in the page's
 * language, else in the brand's first; prices in {@code ?currency=} (remembered in a cookie like the
 * language), else the remembered one, else the base currency.
 */
@RequestScoped
class Shopper {

    static final String CURRENCY_COOKIE = "currency";

    @Inject
    ConsortiumService consortia;
    @Inject
    TenantContext tenant;
    @Inject
    UiLanguage ui;
    @Inject
    Prices prices;
    @Inject
    HttpServerRequest request;
    @Inject
    ShopperCart cart;
    @Inject
    StorefrontAddress address;
    @ConfigProperty(name = "canopy.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    private Shop shop;

    Shop shop() {
        if (shop == null) {
            ConsortiumView consortium = consortia.published(tenant.require().slug())
                    .orElseThrow(() -> new NotFound("No such storefront"));
            String currency = currency(consortium);
            int inCart = cart.current().map(StorefrontExtensions::count).orElse(0);
            shop = new Shop(consortium, language(consortium), currency, hasRate(currency, consortium), inCart,
                    address.of(consortium));
        }
        return shop;
    }

    /** The currency to ask the catalog in; without a rate the base, whose prices the pages then hide. */
    String pricedIn() {
        return shop().priced() ? shop().currency() : null;
    }

    private String language(ConsortiumView consortium) {
        return Stream.of(request.getParam("lang"), ui.tag()).filter(l -> l != null && consortium.languages().contains(l))
                .findFirst()
                .orElse(consortium.languages().get(0));
    }

    private String currency(ConsortiumView consortium) {
        String asked = request.getParam("currency");
        if (asked != null && consortium.currencies().contains(asked)) {
            request.response().addCookie(Cookie.cookie(CURRENCY_COOKIE, asked).setPath("/").setHttpOnly(true)
                    .setSecure(secureCookies).setSameSite(CookieSameSite.LAX).setMaxAge(31_536_000));
            return asked;
        }
        return Optional.ofNullable(request.getCookie(CURRENCY_COOKIE)).map(Cookie::getValue)
                .filter(consortium.currencies()::contains).orElse(consortium.baseCurrency());
    }

    /** True when shoppers can pay in {@code currency}: the brand offers it and has a rate for it. */
    boolean priced(String currency) {
        return shop().consortium().currencies().contains(currency) && hasRate(currency, shop().consortium());
    }

    private boolean hasRate(String currency, ConsortiumView consortium) {
        try {
            prices.in(currency, consortium);
            return true;
        } catch (Conflict noRate) {
            return false;
        }
    }
}
