package dev.canopy.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.canopy.catalog.ProductImageService;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.PayloadTooLarge;
import dev.canopy.platform.errors.Unavailable;
import dev.canopy.platform.errors.UnsupportedMediaType;
import dev.canopy.platform.web.Csrf;
import io.quarkus.security.Authenticated;

/**
 * Photos from the product editor, sent as a plain multipart form (the portal holds a session, not a
 * bearer token). Every answer is a 303 back to the editor, refusals included, so that reloading the
 * editor never sends a photo again over a slow line; the editor then says what happened.
 */
@Path("/portal/consortia/{c}/members/{m}/products/{id}/photos")
@Authenticated
class ProductPhotoPages {

    @Inject
    ProductImageService images;
    @Inject
    Csrf csrf;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @RestForm("file") FileUpload file, @RestForm("alt") String alt, @RestForm(Csrf.FIELD) String token)
            throws IOException {
        csrf.verify(token);
        if (file == null || file.size() == 0) {
            return back(c, m, id, "missing");
        }
        try (InputStream upload = Files.newInputStream(file.uploadedFile())) {
            images.add(m, id, upload, alt == null || alt.isBlank() ? null : alt.strip());
            return back(c, m, id, "added");
        } catch (UnsupportedMediaType notAPicture) {
            return back(c, m, id, "type");
        } catch (PayloadTooLarge tooLarge) {
            return back(c, m, id, "size");
        } catch (InvalidInput unreadable) {
            return back(c, m, id, "damaged");
        } catch (Conflict full) {
            return back(c, m, id, "full");
        } catch (Unavailable storageDown) {
            return back(c, m, id, "unavailable");
        }
    }

    @POST
    @Path("{imageId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @PathParam("imageId") UUID imageId, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        images.remove(m, id, imageId);
        return back(c, m, id, "removed");
    }

    private static Response back(String c, String m, UUID id, String photo) {
        return FormAnswers.seeOther(MemberProductPages.path(c, m) + "/" + id + "?photo=" + photo + "#photos");
    }
}
