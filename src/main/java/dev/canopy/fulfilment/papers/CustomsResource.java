package dev.canopy.fulfilment.papers;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/customs")
@Authenticated
class CustomsResource {

    @Inject
    CustomsSettings settings;

    @GET
    public CustomsSetup current(@PathParam("c") String c) {
        return settings.current();
    }

    @PUT
    public CustomsSetup replace(@PathParam("c") String c, @Valid @NotNull CustomsSetup setup) {
        return settings.replace(setup);
    }
}
