package dev.canopy.ordering;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import dev.canopy.ordering.CartService.NewLine;
import dev.canopy.ordering.CartService.Quantity;
import dev.canopy.platform.validation.CountryCode;
import dev.canopy.platform.validation.CurrencyCode;

/** Carts and checkout for anyone holding the cart's id; no account needed. */
@Path("/api/v1/store/{c}/carts")
class CartResource {

    public record NewCart(@CurrencyCode String currency) {
    }

    @Inject
    CartService carts;
    @Inject
    CardCheckout checkout;

    @POST
    public Response open(@PathParam("c") String c, @Valid NewCart request) {
        CartView cart = carts.open(request == null ? null : request.currency());
        return Response.created(URI.create("/api/v1/store/" + c + "/carts/" + cart.id())).entity(cart).build();
    }

    @GET
    @Path("{id}")
    public CartView get(@PathParam("c") String c, @PathParam("id") UUID id,
            @QueryParam("country") @CountryCode String country) {
        return carts.get(id, country);
    }

    @DELETE
    @Path("{id}")
    public Response discard(@PathParam("c") String c, @PathParam("id") UUID id) {
        carts.discard(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/items")
    public CartView add(@PathParam("c") String c, @PathParam("id") UUID id, @Valid @NotNull NewLine line) {
        return carts.add(id, line);
    }

    @PATCH
    @Path("{id}/items/{lineId}")
    public CartView change(@PathParam("c") String c, @PathParam("id") UUID id, @PathParam("lineId") UUID lineId,
            @Valid @NotNull Quantity quantity) {
        return carts.change(id, lineId, quantity);
    }

    @DELETE
    @Path("{id}/items/{lineId}")
    public CartView remove(@PathParam("c") String c, @PathParam("id") UUID id, @PathParam("lineId") UUID lineId) {
        return carts.remove(id, lineId);
    }

    @POST
    @Path("{id}/checkout")
    public Response checkout(@PathParam("c") String c, @PathParam("id") UUID id,
            @HeaderParam("Idempotency-Key") @NotBlank @Size(max = 100) String idempotencyKey,
            @Valid @NotNull CheckoutRequest request) {
        OrderPlaced order = checkout.place(id, idempotencyKey, request);
        return Response.created(URI.create("/api/v1/store/" + c + "/orders/" + order.orderNumber())).entity(order)
                .build();
    }
}
