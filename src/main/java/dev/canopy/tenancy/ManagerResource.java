package dev.canopy.tenancy;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.canopy.identity.Memberships.ManagerView;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/managers")
@Authenticated
class ManagerResource {

    @Inject
    ManagerService managers;

    @POST
    public Response add(@PathParam("c") String c, @Valid @NotNull PersonByEmail person) {
        return Response.status(Response.Status.CREATED).entity(managers.add(person.email())).build();
    }

    @GET
    public ListView<ManagerView> list(@PathParam("c") String c, @Valid @BeanParam PageRequest page) {
        return managers.list(page);
    }
}
