package dev.canopy.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.canopy.media.MediaLibrary.StoredImage;
import dev.canopy.platform.errors.InvalidInput;
import io.quarkus.security.Authenticated;

/** A product's photos, uploaded as the multipart part {@code file}; the file's name is never used. */
@Path("/api/v1/consortia/{c}/members/{m}/products/{id}/images")
@Authenticated
class ProductImageResource {

    @Inject
    ProductImageService images;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @RestForm("file") FileUpload file, @RestForm("alt") String alt) throws IOException {
        if (file == null) {
            throw new InvalidInput("file", "attach the image as the multipart part 'file'");
        }
        try (InputStream upload = Files.newInputStream(file.uploadedFile())) {
            StoredImage stored = images.add(m, id, upload, alt);
            return Response.status(Response.Status.CREATED).entity(stored).build();
        }
    }

    @DELETE
    @Path("{imageId}")
    public Response remove(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @PathParam("imageId") UUID imageId) {
        images.remove(m, id, imageId);
        return Response.noContent().build();
    }
}
