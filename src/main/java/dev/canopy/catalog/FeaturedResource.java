package dev.canopy.catalog;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.canopy.catalog.FeaturedProducts.Picks;
import io.quarkus.security.Authenticated;

/** The products the brand's home shows first: {@code {"products": [id, …]}}, in order. */
@Path("/api/v1/consortia/{c}/featured")
@Authenticated
class FeaturedResource {

    @Inject
    FeaturedProducts featured;

    @GET
    public Picks picks(@PathParam("c") String c) {
        return featured.picks();
    }

    @PUT
    public Picks choose(@PathParam("c") String c, @Valid @NotNull Picks picks) {
        return featured.choose(picks);
    }
}
