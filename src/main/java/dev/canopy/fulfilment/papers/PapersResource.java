package dev.canopy.fulfilment.papers;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.platform.errors.InvalidInput;
import io.quarkus.security.Authenticated;

/** A parcel's papers as a printable page or, by the Accept header or {@code ?format=pdf}, as PDF. */
@Path("/api/v1/consortia/{c}/members/{m}/fulfilments/{id}/papers")
@Authenticated
class PapersResource {

    static final String PDF = PaperDesk.PDF;

    @Inject
    PaperDesk desk;

    @GET
    @Path("customs-declaration")
    @Produces({ MediaType.TEXT_HTML, PDF })
    public Response declaration(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        return desk.declaration(m, id, wantsPdf(format, headers));
    }

    @GET
    @Path("commercial-invoice")
    @Produces({ MediaType.TEXT_HTML, PDF })
    public Response invoice(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        return desk.invoice(m, id, wantsPdf(format, headers));
    }

    /** {@code ?format} wins; else the first of the Accept header's types (by preference) that names one. */
    static boolean wantsPdf(String format, HttpHeaders headers) {
        if (format != null) {
            if (!format.equals("pdf") && !format.equals("html")) {
                throw new InvalidInput("format", "must be html or pdf");
            }
            return format.equals("pdf");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(PDF))) {
                return true;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
