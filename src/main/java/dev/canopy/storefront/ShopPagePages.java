package dev.canopy.storefront;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ShopPages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** One of the brand's own pages for shoppers: its Markdown in their language, as safe HTML. */
@Path("/shop/{c}/pages/{slug}")
@Produces(MediaType.TEXT_HTML)
class ShopPagePages {

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance page(Shop shop, String slug, String title, String html);
    }

    @Inject
    Shopper shopper;
    @Inject
    ShopPages pages;
    @Inject
    UiLanguage language;
    @Inject
    RenderedPages rendered;

    @GET
    public String page(@PathParam("c") String c, @PathParam("slug") String slug) {
        return rendered.page(() -> {
            Shop shop = shopper.shop();
            ShopPages.View page = pages.get(slug);
            return Templates.page(shop, slug, StorefrontExtensions.text(page.title(), shop.language()),
                    ShopText.html(StorefrontExtensions.text(page.body(), shop.language()))).setLocale(language.locale());
        });
    }
}
