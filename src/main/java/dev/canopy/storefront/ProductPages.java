package dev.canopy.storefront;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.canopy.catalog.store.PublicCatalog;
import dev.canopy.catalog.store.PublicProduct;
import dev.canopy.ordering.ShippingQuotes;
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
        static native TemplateInstance product(Shop shop, PublicProduct product, MemberView maker, String jsonLd,
                String destination, ShippingQuotes.Delivery delivery);
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
    @Inject
    ShippingQuotes quotes;

    /** The page says how long delivery takes to the country the browser's language names, when it knows one. */
    @GET
    public String product(@PathParam("c") String c, @PathParam("id") UUID id,
            @HeaderParam("Accept-Language") String accepted) {
        String destination = Destinations.chosen(null, accepted);
        return pages.page(() -> render(id, destination), destination);
    }

    private TemplateInstance render(UUID id, String destination) {
        Shop shop = shopper.shop();
        PublicProduct product = catalog.product(id, shop.language(), shopper.pricedIn());
        MemberView maker = members.activeWorkshop(product.member().slug())
                .orElseThrow(() -> new NotFound("No such product"));
        ShippingQuotes.Delivery delivery = destination.isEmpty() ? null
                : quotes.delivery(destination).orElse(null);
        return Templates.product(shop, product, maker, jsonLd.of(product, shop), destination, delivery)
                .setLocale(language.locale());
    }
}
