package dev.canopy.ordering;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The shopper follows an order with the token checkout gave them. */
@Path("/api/v1/store/{c}/orders")
class ShopperOrderResource {

    @Inject
    OrderService orders;

    @GET
    @Path("{number}")
    public OrderView get(@PathParam("c") String c, @PathParam("number") String number,
            @QueryParam("token") String token) {
        return orders.forShopper(number, token);
    }
}
