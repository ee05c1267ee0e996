package dev.canopy.tenancy;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia")
@Authenticated
class ConsortiumResource {

    @Inject
    ConsortiumService consortia;

    @POST
    public Response create(@Valid @NotNull NewConsortium request) {
        ConsortiumView created = consortia.create(request);
        return Response.created(URI.create("/api/v1/consortia/" + created.slug())).entity(created).build();
    }

    @GET
    public ListView<ConsortiumView> list(@Valid @BeanParam PageRequest page) {
        return consortia.list(page);
    }

    @GET
    @Path("{c}")
    public ConsortiumView get(@PathParam("c") String c) {
        return consortia.current();
    }

    @PATCH
    @Path("{c}")
    public ConsortiumView change(@PathParam("c") String c, @Valid @NotNull ConsortiumSettings settings) {
        return consortia.change(settings);
    }
}
