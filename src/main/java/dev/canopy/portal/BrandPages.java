package dev.canopy.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.canopy.catalog.FeaturedProducts;
import dev.canopy.media.HeroPictures;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.web.Csrf;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumSettings;
import dev.canopy.tenancy.MemberProfile;
import dev.canopy.tenancy.MemberService;
import io.quarkus.security.Authenticated;

/**
 * The forms that make a brand's home sell: the brand's and each workshop's story (a text box per
 * language), the hero picture, and the products picked for the home. Each answers 303 to its page.
 */
// a path of its own: a class at /portal/consortia/{c} would hide the consortium page's GET from PortalPages
@Path("/portal/consortia/{c}/brand")
@Authenticated
class BrandPages {

    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;
    @Inject
    HeroPictures heroes;
    @Inject
    FeaturedProducts featured;
    @Inject
    Csrf csrf;

    @POST
    @Path("story")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response story(@PathParam("c") String c, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(Csrf.FIELD));
        consortia.change(ConsortiumSettings.story(stories(form)));
        return FormAnswers.seeOther("/portal/consortia/" + c + "#home-settings");
    }

    @POST
    @Path("members/{m}/story")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response memberStory(@PathParam("c") String c, @PathParam("m") String m,
            MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst(Csrf.FIELD));
        members.change(m, MemberProfile.story(stories(form)));
        return FormAnswers.seeOther("/portal/consortia/" + c + "/members/" + m);
    }

    @POST
    @Path("hero")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response hero(@PathParam("c") String c, @RestForm("file") FileUpload file, @RestForm("alt") String alt,
            @RestForm(Csrf.FIELD) String token) throws IOException {
        csrf.verify(token);
        if (file == null || file.size() == 0) {
            throw new InvalidInput("file", "choose a picture to upload");
        }
        try (InputStream upload = Files.newInputStream(file.uploadedFile())) {
            heroes.upload(upload, alt);
        }
        return FormAnswers.seeOther("/portal/consortia/" + c + "#home-settings");
    }

    /** The home page toggle of a product's list: back to that list. */
    @POST
    @Path("featured/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feature(@PathParam("c") String c, @PathParam("id") UUID id, @FormParam(Csrf.FIELD) String token,
            @FormParam("featured") boolean on, @FormParam("member") String member) {
        csrf.verify(token);
        featured.feature(id, on);
        return FormAnswers.seeOther(member == null || member.isBlank() ? "/portal/consortia/" + c
                : MemberProductPages.path(c, member) + "#product-" + id);
    }

    /** The story boxes ({@code story.en}, {@code story.ru}, …) as a map; an empty box removes that language's. */
    private static Map<String, String> stories(MultivaluedMap<String, String> form) {
        Map<String, String> story = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("story.") && !values.isEmpty()) {
                story.put(name.substring("story.".length()), values.get(0).strip());
            }
        });
        return story;
    }
}
