package dev.canopy.storefront;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.catalog.CategoryService;
import dev.canopy.catalog.FeaturedProducts;
import dev.canopy.catalog.store.CatalogQuery;
import dev.canopy.catalog.store.PublicCatalog;
import dev.canopy.catalog.store.PublicProduct;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.web.Pager;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import dev.canopy.tenancy.TenantContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The shopper's pages: the list of storefronts and each consortium's branded home. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class StorefrontPages {

    // A page of the home stays small on a phone even for a brand of thousands of workshops
    static final int HOME_WORKSHOPS = 24;
    /** The newest pieces the home shows when the manager picked none: as many as the picks may be. */
    static final int HOME_NEWEST = FeaturedProducts.MOST;

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance index(List<ConsortiumView> storefronts);

        static native TemplateInstance home(Shop shop, List<MemberView> workshops, Pager pager,
                List<PublicProduct> shown, boolean picked, List<CategoryService.CategoryView> categories);
    }

    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;
    @Inject
    TenantContext tenant;
    @Inject
    Shopper shopper;
    @Inject
    UiLanguage language;
    @Inject
    RenderedPages pages;
    @Inject
    PublicCatalog catalog;
    @Inject
    CategoryService categories;

    /** On a custom domain the root is that consortium's home; elsewhere, the list of storefronts. */
    @GET
    public String index(@QueryParam("page") String page) {
        if (tenant.current().isPresent()) {
            return home(tenant.require().slug(), page);
        }
        return Templates.index(consortia.storefronts()).setLocale(language.locale()).render();
    }

    @GET
    @Path("shop/{c}/")
    public String home(@PathParam("c") String c, @QueryParam("page") String page) {
        return pages.page(() -> render(page));
    }

    private TemplateInstance render(String page) {
        int number = Pager.number(page);
        List<MemberView> workshops = members.activeWorkshops(number * HOME_WORKSHOPS, HOME_WORKSHOPS);
        Pager pager = Pager.of(members.activeWorkshopCount(), number, HOME_WORKSHOPS, n -> n == 0 ? "?" : "?page=" + n);
        Shop shop = shopper.shop();
        List<PublicProduct> picks = number == 0 ? catalog.featured(shop.language(), shopper.pricedIn()) : List.of();
        List<PublicProduct> shown = number == 0 && picks.isEmpty() ? newest(shop) : picks;
        return Templates.home(shop, workshops, pager, shown, !picks.isEmpty(), categories.all())
                .setLocale(language.locale());
    }

    /** What the home shows when the manager picked nothing sellable: the newest pieces. */
    private List<PublicProduct> newest(Shop shop) {
        CatalogQuery newest = new CatalogQuery();
        newest.sort = CatalogQuery.Sort.newest;
        newest.lang = shop.language();
        newest.currency = shopper.pricedIn();
        return catalog.search(newest, PageRequest.of(0, HOME_NEWEST)).items();
    }

    /** The brand's colours as a stylesheet, so pages need no inline style (CSP forbids it). */
    @GET
    @Path("shop/{c}/theme.css")
    @Produces("text/css")
    public Response theme(@PathParam("c") String c) {
        ConsortiumView consortium = consortia.published(tenant.require().slug())
                .orElseThrow(() -> new NotFound("No such storefront"));
        return Response.ok(Shop.theme(consortium.primaryColor()) + "\n")
                .header("Cache-Control", "public, max-age=300").build();
    }
}
