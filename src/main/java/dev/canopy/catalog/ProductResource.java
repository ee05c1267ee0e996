package dev.canopy.catalog;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/members/{m}/products")
@Authenticated
class ProductResource {

    @Inject
    ProductService products;

    @POST
    public Response create(@PathParam("c") String c, @PathParam("m") String m, ProductDraft draft) {
        ProductView created = products.create(m, draft);
        return Response.created(URI.create("/api/v1/consortia/" + c + "/members/" + m + "/products/" + created.id()))
                .entity(created).build();
    }

    @GET
    public ListView<ProductView> list(@PathParam("c") String c, @PathParam("m") String m,
            @Valid @BeanParam PageRequest page) {
        return products.list(m, page);
    }

    @GET
    @Path("{id}")
    public ProductView get(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id) {
        return products.get(m, id);
    }

    @PATCH
    @Path("{id}")
    public ProductView change(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            ProductDraft draft) {
        return products.change(m, id, draft);
    }

    @DELETE
    @Path("{id}")
    public Response archive(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id) {
        products.archive(m, id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    public ProductView submit(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id) {
        return products.submit(m, id);
    }
}
