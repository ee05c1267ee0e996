package dev.canopy.fulfilment;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/shipping")
@Authenticated
class ShippingResource {

    @Inject
    ShippingSettings settings;

    @GET
    public ShippingSetup current(@PathParam("c") String c) {
        return settings.current();
    }

    @PUT
    public ShippingSetup replace(@PathParam("c") String c, @Valid @NotNull ShippingSetup setup) {
        return settings.replace(setup);
    }
}
