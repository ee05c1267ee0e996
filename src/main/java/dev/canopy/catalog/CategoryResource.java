package dev.canopy.catalog;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.canopy.catalog.CategoryService.CategoryView;
import dev.canopy.catalog.CategoryService.NewCategory;
import dev.canopy.platform.ListView;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/categories")
@Authenticated
class CategoryResource {

    @Inject
    CategoryService categories;

    @GET
    public ListView<CategoryView> list(@PathParam("c") String c) {
        List<CategoryView> all = categories.forInsiders();
        return new ListView<>(all, all.size());
    }

    @POST
    public Response add(@PathParam("c") String c, NewCategory request) {
        return Response.status(Response.Status.CREATED).entity(categories.add(request)).build();
    }

    @DELETE
    @Path("{slug}")
    public Response remove(@PathParam("c") String c, @PathParam("slug") String slug) {
        categories.remove(slug);
        return Response.noContent().build();
    }
}
