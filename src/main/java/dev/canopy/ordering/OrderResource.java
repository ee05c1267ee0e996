package dev.canopy.ordering;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/orders")
@Authenticated
class OrderResource {

    @Inject
    OrderService orders;

    @GET
    public ListView<OrderView> list(@PathParam("c") String c, @BeanParam OrderSearch search,
            @Valid @BeanParam PageRequest page) {
        return orders.list(search, page);
    }

    @GET
    @Path("{number}")
    public OrderView get(@PathParam("c") String c, @PathParam("number") String number) {
        return orders.get(number);
    }

    @POST
    @Path("{number}/confirm-payment")
    public OrderView confirmPayment(@PathParam("c") String c, @PathParam("number") String number) {
        return orders.confirmPayment(number);
    }

    @POST
    @Path("{number}/cancel")
    public OrderView cancel(@PathParam("c") String c, @PathParam("number") String number) {
        return orders.cancel(number);
    }
}
