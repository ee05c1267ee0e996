package dev.canopy.portal;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import dev.canopy.fulfilment.papers.PaperDesk;
import io.quarkus.security.Authenticated;

/** A parcel's papers to print from the portal: the same documents as the API, behind the session login. */
@Path("/portal/consortia/{c}/members/{m}/fulfilments/{id}/papers")
@Authenticated
class PaperPages {

    @Inject
    PaperDesk desk;

    @GET
    @Path("customs-declaration")
    public Response declaration(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @QueryParam("format") String format) {
        return desk.declaration(m, id, "pdf".equals(format));
    }

    @GET
    @Path("commercial-invoice")
    public Response invoice(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @QueryParam("format") String format) {
        return desk.invoice(m, id, "pdf".equals(format));
    }
}
