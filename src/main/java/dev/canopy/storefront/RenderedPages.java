package dev.canopy.storefront;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.platform.cache.ShopCache;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.TenantContext;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * Public storefront pages rendered once per question (address, language, currency) and kept in the
 * shop cache until the brand's shop changes; rendering a catalog page costs far more than serving it.
 * A shopper with a cart sees their own count, so their pages are rendered for them.
 */
@ApplicationScoped
class RenderedPages {

    @Inject
    ShopCache cache;
    @Inject
    Shopper shopper;
    @Inject
    TenantContext tenant;
    @Inject
    UiLanguage language;
    @Inject
    HttpServerRequest request;

    String page(Supplier<TemplateInstance> page) {
        return page(page, "");
    }

    /** As {@link #page(Supplier)}, for a page that also depends on {@code also} (the shopper's destination). */
    String page(Supplier<TemplateInstance> page, String also) {
        Shop shop = shopper.shop();
        if (shop.inCart() > 0) {
            return page.get().render();
        }
        return cache.get(tenant.require().id(), () -> page.get().render(), RenderedPages.class, request.uri(),
                language.tag(), shop.language(), shop.currency(), also);
    }
}
