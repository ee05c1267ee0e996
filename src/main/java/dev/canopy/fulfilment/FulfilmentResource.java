package dev.canopy.fulfilment;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.canopy.fulfilment.FulfilmentService.Shipment;
import dev.canopy.ordering.Parcels.Parcel;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/members/{m}/fulfilments")
@Authenticated
class FulfilmentResource {

    @Inject
    FulfilmentService fulfilments;

    @GET
    public ListView<Parcel> queue(@PathParam("c") String c, @PathParam("m") String m,
            @Valid @BeanParam PageRequest page) {
        return fulfilments.queue(m, page);
    }

    @POST
    @Path("{id}/accept")
    public Parcel accept(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id) {
        return fulfilments.accept(m, id);
    }

    @POST
    @Path("{id}/ship")
    public Parcel ship(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @Valid @NotNull Shipment shipment) {
        return fulfilments.ship(m, id, shipment);
    }

    @POST
    @Path("{id}/deliver")
    public Parcel deliver(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id) {
        return fulfilments.deliver(m, id);
    }
}
