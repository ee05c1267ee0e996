package dev.canopy.portal;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.catalog.ReviewService;
import dev.canopy.catalog.ReviewService.PendingProduct;
import dev.canopy.catalog.ReviewService.Rejection;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The brand's review queue: a manager approves members' products, or turns them down with a reason. */
@Path("/portal/consortia/{c}/reviews")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ReviewPages {

    // The oldest first; a queue longer than this is worked through page by page
    static final int QUEUE_PAGE = 20;

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance reviews(ConsortiumView consortium, ListView<PendingProduct> pending,
                UUID refused, List<FieldError> errors);
    }

    @Inject
    ReviewService reviews;
    @Inject
    ConsortiumService consortia;
    @Inject
    Validator validator;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @GET
    public TemplateInstance queue(@PathParam("c") String c) {
        return page(null, List.of());
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("c") String c, @PathParam("id") UUID id, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        reviews.approve(id);
        return FormAnswers.seeOther("/portal/consortia/" + c + "/reviews");
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("c") String c, @PathParam("id") UUID id, @FormParam(Csrf.FIELD) String token,
            @FormParam("reason") String reason) {
        csrf.verify(token);
        try {
            reviews.reject(id, FormAnswers.validated(validator, new Rejection(reason == null ? null : reason.strip())));
            return FormAnswers.seeOther("/portal/consortia/" + c + "/reviews");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(id, errors));
        }
    }

    private TemplateInstance page(UUID refused, List<FieldError> errors) {
        return Templates.reviews(consortia.current(), reviews.pending(PageRequest.of(0, QUEUE_PAGE)), refused, errors)
                .setLocale(language.locale());
    }
}
