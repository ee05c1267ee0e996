package dev.canopy.storefront;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.canopy.catalog.store.PublicCatalog;
import dev.canopy.catalog.store.PublicProduct;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** One published product: its gallery, prices, the workshop that made it and its customs facts. */
@Path("/shop/{c}/products/{id}")
@Produces(MediaType.TEXT_HTML)
class ProductPages {

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance product(Shop shop, PublicProduct product, MemberView maker, String jsonLd);
    }

    @Inject
    Shopper shopper;
    @Inject
    PublicCatalog catalog;
    @Inject
    MemberService members;
    @Inject
    ProductJsonLd jsonLd;
    @Inject
    UiLanguage language;
    @Inject
    RenderedPages pages;

    @GET
    public String product(@PathParam("c") String c, @PathParam("id") UUID id) {
        return pages.page(() -> render(id));
    }

    private TemplateInstance render(UUID id) {
        Shop shop = shopper.shop();
        PublicProduct product = catalog.product(id, shop.language(), shopper.pricedIn());
        MemberView maker = members.activeWorkshop(product.member().slug())
                .orElseThrow(() -> new NotFound("No such product"));
        return Templates.product(shop, product, maker, jsonLd.of(product, shop)).setLocale(language.locale());
    }
}
