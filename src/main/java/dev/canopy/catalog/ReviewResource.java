package dev.canopy.catalog;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.canopy.catalog.ReviewService.PendingProduct;
import dev.canopy.catalog.ReviewService.Rejection;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/reviews")
@Authenticated
class ReviewResource {

    @Inject
    ReviewService reviews;

    @GET
    public ListView<PendingProduct> pending(@PathParam("c") String c, @Valid @BeanParam PageRequest page) {
        return reviews.pending(page);
    }

    @POST
    @Path("{productId}/approve")
    public ProductView approve(@PathParam("c") String c, @PathParam("productId") UUID productId) {
        return reviews.approve(productId);
    }

    @POST
    @Path("{productId}/reject")
    public ProductView reject(@PathParam("c") String c, @PathParam("productId") UUID productId,
            @Valid @NotNull Rejection rejection) {
        return reviews.reject(productId, rejection);
    }
}
