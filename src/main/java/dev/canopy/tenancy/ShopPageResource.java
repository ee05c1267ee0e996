package dev.canopy.tenancy;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.quarkus.security.Authenticated;

/** The managers write the brand's own pages: {@code PUT} creates or replaces one, {@code DELETE} removes it. */
@Path("/api/v1/consortia/{c}/pages/{slug}")
@Authenticated
class ShopPageResource {

    @Inject
    ShopPages pages;

    @PUT
    public ShopPages.View put(@PathParam("c") String c, @PathParam("slug") String slug, ShopPages.Written page) {
        return pages.put(slug, page);
    }

    @GET
    public ShopPages.View get(@PathParam("c") String c, @PathParam("slug") String slug) {
        return pages.get(slug);
    }

    @DELETE
    public void remove(@PathParam("c") String c, @PathParam("slug") String slug) {
        pages.remove(slug);
    }
}
