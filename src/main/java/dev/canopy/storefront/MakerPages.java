package dev.canopy.storefront;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.canopy.catalog.store.CatalogQuery;
import dev.canopy.catalog.store.PublicCatalog;
import dev.canopy.catalog.store.PublicProduct;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.web.Pager;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A workshop's public profile: who they are, where they work, their story and their products. */
@Path("/shop/{c}/makers/{m}")
@Produces(MediaType.TEXT_HTML)
class MakerPages {

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance maker(Shop shop, MemberView maker, List<PublicProduct> products, Pager pager);
    }

    @Inject
    Shopper shopper;
    @Inject
    MemberService members;
    @Inject
    PublicCatalog catalog;
    @Inject
    UiLanguage language;
    @Inject
    RenderedPages pages;

    @GET
    public String maker(@PathParam("c") String c, @PathParam("m") String m,
            @QueryParam("page") @DefaultValue("0") String page) {
        return pages.page(() -> render(m, page));
    }

    private TemplateInstance render(String m, String page) {
        Shop shop = shopper.shop();
        MemberView maker = members.activeWorkshop(m).orElseThrow(() -> new NotFound("No such workshop"));
        CatalogQuery query = new CatalogQuery();
        query.member = maker.slug();
        query.lang = shop.language();
        query.currency = shopper.pricedIn();
        int number = Pager.number(page);
        ListView<PublicProduct> found = catalog.search(query, PageRequest.of(number, CatalogPages.PAGE_SIZE));
        Pager pager = Pager.of(found.total(), number, CatalogPages.PAGE_SIZE, n -> n == 0 ? "?" : "?page=" + n);
        return Templates.maker(shop, maker, found.items(), pager).setLocale(language.locale());
    }
}
