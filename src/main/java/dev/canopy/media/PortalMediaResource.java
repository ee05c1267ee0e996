package dev.canopy.media;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Images as the portal links them, drafts' included: for the consortium's managers and the artisans
 * of the image's member. Under {@code /portal} so that the portal's session cookie signs the person in.
 */
@Path("/portal/consortia/{c}/media/{imageId}/{file}")
class PortalMediaResource {

    // the image may never be published: only the signed-in person's browser keeps it
    private static final String PRIVATE = "private, max-age=31536000, immutable";

    @Inject
    MediaLibrary library;

    @GET
    public Response forInsider(@PathParam("imageId") UUID imageId, @PathParam("file") String file,
            @Context Request request) {
        return MediaResource.serve(library.openForInsider(imageId, Rendition.named(file)), request, PRIVATE);
    }
}
