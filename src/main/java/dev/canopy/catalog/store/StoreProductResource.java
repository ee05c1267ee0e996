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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import dev.canopy.catalog.CategoryService;
import dev.canopy.catalog.CategoryService.CategoryView;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.cache.PublicJson;
import dev.canopy.tenancy.TenantContext;

/** The public catalog API: anyone, no token; answers come from the shop cache with an ETag. */
@Path("/api/v1/store/{c}")
class StoreProductResource {

    @Inject
    PublicCatalog catalog;
    @Inject
    CategoryService categories;
    @Inject
    PublicJson answers;
    @Inject
    TenantContext tenant;

    @GET
    @Path("products")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListView.class)))
    public Response products(@PathParam("c") String c, @Valid @BeanParam CatalogQuery query,
            @Valid @BeanParam PageRequest page, @Context Request request) {
        return answers.answer(request, tenant.require().id(), () -> catalog.search(query, page), "products",
                query.key(), page.page, page.size);
    }

    @GET
    @Path("products/{id}")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicProduct.class)))
    public Response product(@PathParam("c") String c, @PathParam("id") UUID id,
            @QueryParam("lang") @Pattern(regexp = "[a-z]{2}") String lang,
            @QueryParam("currency") @Pattern(regexp = "[A-Z]{3}") String currency, @Context Request request) {
        return answers.answer(request, tenant.require().id(), () -> catalog.product(id, lang, currency), "product",
                id, lang, currency);
    }

    @GET
    @Path("categories")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ListView.class)))
    public Response categories(@PathParam("c") String c, @Context Request request) {
        return answers.answer(request, tenant.require().id(), () -> {
            List<CategoryView> all = categories.all();
            return new ListView<>(all, all.size());
        }, "categories");
    }
}
