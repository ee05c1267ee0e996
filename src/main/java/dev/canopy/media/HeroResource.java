package dev.canopy.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

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

import dev.canopy.platform.errors.InvalidInput;
import io.quarkus.security.Authenticated;

/** The brand home's hero picture, uploaded as the multipart part {@code file} with its {@code alt} text. */
@Path("/api/v1/consortia/{c}/hero")
@Authenticated
class HeroResource {

    @Inject
    HeroPictures heroes;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("c") String c, @RestForm("file") FileUpload file, @RestForm("alt") String alt)
            throws IOException {
        if (file == null) {
            throw new InvalidInput("file", "attach the picture as the multipart part 'file'");
        }
        try (InputStream upload = Files.newInputStream(file.uploadedFile())) {
            return Response.status(Response.Status.CREATED).entity(heroes.upload(upload, alt)).build();
        }
    }

    @DELETE
    public Response remove(@PathParam("c") String c) {
        heroes.remove();
        return Response.noContent().build();
    }
}
