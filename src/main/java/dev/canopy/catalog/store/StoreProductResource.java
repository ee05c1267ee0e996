package dev.canopy.catalog.store;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import dev.canopy.catalog.CategoryService;
import dev.canopy.catalog.CategoryService.CategoryView;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;

/** The public catalog API: anyone, no token. */
@Path("/api/v1/store/{c}")
class StoreProductResource {

    @Inject
    PublicCatalog catalog;
    @Inject
    CategoryService categories;

    @GET
    @Path("products")
    public ListView<PublicProduct> products(@PathParam("c") String c, @Valid @BeanParam CatalogQuery query,
            @Valid @BeanParam PageRequest page) {
        return catalog.search(query, page);
    }

    @GET
    @Path("products/{id}")
    public PublicProduct product(@PathParam("c") String c, @PathParam("id") UUID id,
            @QueryParam("lang") @Pattern(regexp = "[a-z]{2}") String lang,
            @QueryParam("currency") @Pattern(regexp = "[A-Z]{3}") String currency) {
        return catalog.product(id, lang, currency);
    }

    @GET
    @Path("categories")
    public ListView<CategoryView> categories(@PathParam("c") String c) {
        List<CategoryView> all = categories.all();
        return new ListView<>(all, all.size());
    }
}
