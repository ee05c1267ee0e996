package dev.canopy.portal;

import java.nio.file.Files;
import java.util.List;
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
import dev.canopy.catalog.ProductImageService.PhotoFile;
import dev.canopy.platform.web.Csrf;
import io.quarkus.security.Authenticated;

/**
 * Photos from the product editor, sent as plain forms (the portal holds a session, not a bearer token),
 * so they can be added several at once, ordered and removed without JavaScript. Every answer is a 303
 * back to the editor, refusals included, so that reloading the editor never sends a photo again over a
 * slow line; the editor then says what happened.
 */
@Path("/portal/consortia/{c}/members/{m}/products/{id}/photos")
@Authenticated
class ProductPhotoPages {

    static final String FIELD = "photos";

    @Inject
    ProductImageService images;
    @Inject
    Csrf csrf;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @RestForm(FIELD) List<FileUpload> photos, @RestForm("alt") String alt, @RestForm(Csrf.FIELD) String token) {
        csrf.verify(token);
        List<PhotoFile> chosen = chosen(photos);
        if (chosen.isEmpty()) {
            return back(c, m, id, "missing");
        }
        return back(c, m, id,
                PhotoOutcome.of(() -> images.addAll(m, id, chosen, alt == null || alt.isBlank() ? null : alt.strip())));
    }

    /** Without JavaScript a photo is reordered by buttons: it becomes the main one, or moves one place earlier. */
    @POST
    @Path("{imageId}/{move: main|earlier}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @PathParam("imageId") UUID imageId, @PathParam("move") String move, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        if ("main".equals(move)) {
            images.makeMain(m, id, imageId);
        } else {
            images.moveEarlier(m, id, imageId);
        }
        return back(c, m, id, "moved");
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

    /** The files a file input sent; a browser sends one empty part when none was chosen. */
    private static List<PhotoFile> chosen(List<FileUpload> photos) {
        return photos == null ? List.of()
                : photos.stream().filter(p -> p.size() > 0)
                        .<PhotoFile> map(p -> () -> Files.newInputStream(p.uploadedFile())).toList();
    }

    private static Response back(String c, String m, UUID id, String photo) {
        return FormAnswers.seeOther(MemberProductPages.path(c, m) + "/" + id + "?photo=" + photo + "#photos");
    }
}
