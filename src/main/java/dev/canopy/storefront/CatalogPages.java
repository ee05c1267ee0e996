package dev.canopy.storefront;

import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.canopy.catalog.CategoryService;
import dev.canopy.catalog.CategoryService.CategoryView;
import dev.canopy.catalog.store.CatalogQuery;
import dev.canopy.catalog.store.PublicCatalog;
import dev.canopy.catalog.store.PublicProduct;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.web.Pager;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The shopper's catalog: search, filters, sort and pages over the brand's published products. */
@Path("/shop/{c}/products")
@Produces(MediaType.TEXT_HTML)
class CatalogPages {

    static final int PAGE_SIZE = 12;
    // Beyond this many workshops a select is too long for a phone; the maker pages filter instead
    static final int MAKERS_IN_SELECT = 60;

    /** The catalog page's data: the form as sent, what it found, and the choices of its filters. */
    record Catalog(CatalogForm form, CatalogQuery query, List<PublicProduct> products, Pager pager,
            List<CategoryView> categories, List<MemberView> makers) {

        public String categoryName(CategoryView category, String language) {
            return category.name().getOrDefault(language, category.name().values().iterator().next());
        }

        /** Relevance only orders a search; without words the newest come first. */
        public List<String> sorts() {
            return Arrays.stream(CatalogQuery.Sort.values()).filter(s -> searching() || s != CatalogQuery.Sort.relevance)
                    .map(Enum::name).toList();
        }

        public String sort() {
            return query.sort != null ? query.sort.name()
                    : searching() ? CatalogQuery.Sort.relevance.name() : CatalogQuery.Sort.newest.name();
        }

        /** True when a filter beyond the words is set, so the page shows the filters open. */
        public boolean filtered() {
            return query.category != null || query.member != null || query.minPrice != null || query.maxPrice != null
                    || query.inStock || query.sort != null;
        }

        private boolean searching() {
            return query.q != null;
        }
    }

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance catalog(Shop shop, Catalog catalog);
    }

    @Inject
    Shopper shopper;
    @Inject
    PublicCatalog publicCatalog;
    @Inject
    CategoryService categories;
    @Inject
    MemberService members;
    @Inject
    UiLanguage language;
    @Inject
    RenderedPages pages;

    @GET
    public String catalog(@PathParam("c") String c, @BeanParam CatalogForm form) {
        return pages.page(() -> render(form));
    }

    private TemplateInstance render(CatalogForm form) {
        Shop shop = shopper.shop();
        CatalogQuery query = form.toQuery(shop, shopper.pricedIn());
        ListView<PublicProduct> found = publicCatalog.search(query, PageRequest.of(form.page(), PAGE_SIZE));
        List<MemberView> makers = members.activeWorkshops(0, MAKERS_IN_SELECT + 1);
        Catalog catalog = new Catalog(form, query, found.items(),
                Pager.of(found.total(), form.page(), PAGE_SIZE, form::link), categories.all(),
                makers.size() <= MAKERS_IN_SELECT ? makers : List.of());
        return Templates.catalog(shop, catalog).setLocale(language.locale());
    }
}
