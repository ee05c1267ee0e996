package dev.canopy.media;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import dev.canopy.media.storage.ObjectStorage.StoredObject;
import dev.canopy.platform.errors.NotFound;

/**
 * Images as the storefront links them, streamed from storage: only those a published product of an
 * active member shows, so a draft's photo never leaks. A key is never written twice, so what a
 * browser or CDN holds stays right forever.
 */
@Path("/media/{c}/{imageId}/{file}")
class MediaResource {

    private static final String FOREVER = "public, max-age=31536000, immutable";

    @Inject
    MediaLibrary library;

    @GET
    public Response shown(@PathParam("imageId") UUID imageId, @PathParam("file") String file,
            @Context Request request) {
        return serve(library.openShown(imageId, Rendition.named(file)), request, FOREVER);
    }

    static Response serve(Optional<StoredObject> found, Request request, String cacheControl) {
        StoredObject object = found.orElseThrow(() -> new NotFound("No such image"));
        EntityTag tag = new EntityTag(object.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            close(object);
            return notModified.header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        }
        Response.ResponseBuilder ok = Response.ok(object.content(), Rendition.CONTENT_TYPE).tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        return (object.size() >= 0 ? ok.header(HttpHeaders.CONTENT_LENGTH, object.size()) : ok).build();
    }

    private static void close(StoredObject object) {
        try {
            object.content().close();
        } catch (IOException e) {
            // the answer is 304 either way; a connection not reused is all it costs
        }
    }
}
