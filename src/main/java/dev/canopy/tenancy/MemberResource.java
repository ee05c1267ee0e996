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

import dev.canopy.identity.Memberships.ArtisanView;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/members")
@Authenticated
class MemberResource {

    @Inject
    MemberService members;

    @POST
    public Response admit(@PathParam("c") String c, @Valid @NotNull NewMember request) {
        MemberView admitted = members.admit(request);
        return Response.created(URI.create("/api/v1/consortia/" + c + "/members/" + admitted.slug()))
                .entity(admitted).build();
    }

    @GET
    public ListView<MemberView> list(@PathParam("c") String c, @Valid @BeanParam PageRequest page) {
        return members.list(page);
    }

    @GET
    @Path("{m}")
    public MemberView get(@PathParam("c") String c, @PathParam("m") String m) {
        return members.get(m);
    }

    @PATCH
    @Path("{m}")
    public MemberView change(@PathParam("c") String c, @PathParam("m") String m,
            @Valid @NotNull MemberProfile profile) {
        return members.change(m, profile);
    }

    @POST
    @Path("{m}/artisans")
    public Response addArtisan(@PathParam("c") String c, @PathParam("m") String m, @Valid @NotNull PersonByEmail person) {
        ArtisanView added = members.addArtisan(m, person.email());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @GET
    @Path("{m}/artisans")
    public ListView<ArtisanView> artisans(@PathParam("c") String c, @PathParam("m") String m,
            @Valid @BeanParam PageRequest page) {
        return members.artisans(m, page);
    }
}
