package dev.canopy.payments;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/** An order's money for its managers: refunds, and everything Stripe reported about its payment. */
@Path("/api/v1/consortia/{c}/orders/{number}")
@Authenticated
class RefundResource {

    @Inject
    Refunds refunds;
    @Inject
    OrderMoney money;

    @POST
    @Path("refunds")
    public Response refund(@PathParam("c") String c, @PathParam("number") String number,
            @Valid @NotNull Refunds.Request request) {
        RefundView refund = refunds.refund(number, request);
        return Response.created(URI.create("/api/v1/consortia/" + c + "/orders/" + number + "/refunds/" + refund.id()))
                .entity(refund).build();
    }

    @GET
    @Path("refunds")
    public List<RefundView> list(@PathParam("c") String c, @PathParam("number") String number) {
        return refunds.of(number);
    }

    @GET
    @Path("payments")
    public OrderMoney.Payments payments(@PathParam("c") String c, @PathParam("number") String number) {
        return money.of(number);
    }
}
