package dev.canopy.portal;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.fulfilment.FulfilmentService;
import dev.canopy.fulfilment.FulfilmentService.Shipment;
import dev.canopy.ordering.Parcels.Parcel;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.Pager;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** A workshop's parcels to send: accept, ship with carrier and tracking number, mark delivered. */
@Path("/portal/consortia/{c}/members/{m}/fulfilments")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class FulfilmentPages {

    static final int PAGE_SIZE = 20;

    /** Why an action on one parcel was refused: {@code shipment} (carrier or number missing) or {@code conflict}. */
    public record Refusal(UUID parcel, String code, Map<String, String> typed) {
    }

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance fulfilments(String consortium, MemberView member, ListView<Parcel> parcels,
                Pager pager, Refusal refusal);
    }

    @Inject
    FulfilmentService fulfilments;
    @Inject
    MemberService members;
    @Inject
    Validator validator;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @GET
    public TemplateInstance queue(@PathParam("c") String c, @PathParam("m") String m,
            @QueryParam("page") @DefaultValue("0") String page) {
        return page(c, m, Pager.number(page), null);
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        return done(c, m, id, Map.of(), () -> fulfilments.accept(m, id));
    }

    @POST
    @Path("{id}/ship")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ship(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @FormParam(Csrf.FIELD) String token, @FormParam("carrier") String carrier,
            @FormParam("trackingNumber") String trackingNumber) {
        csrf.verify(token);
        Shipment shipment = new Shipment(carrier == null ? "" : carrier.strip(),
                trackingNumber == null ? "" : trackingNumber.strip());
        return done(c, m, id, Map.of("carrier", shipment.carrier(), "trackingNumber", shipment.trackingNumber()),
                () -> fulfilments.ship(m, id, FormAnswers.validated(validator, shipment)));
    }

    @POST
    @Path("{id}/deliver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deliver(@PathParam("c") String c, @PathParam("m") String m, @PathParam("id") UUID id,
            @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        return done(c, m, id, Map.of(), () -> fulfilments.deliver(m, id));
    }

    /** 303 back to the queue; a refused step shows the queue again with the reason at its parcel. */
    private Response done(String c, String m, UUID id, Map<String, String> typed, Supplier<Parcel> step) {
        try {
            step.get();
            return FormAnswers.seeOther("/portal/consortia/" + c + "/members/" + m + "/fulfilments");
        } catch (ConstraintViolationException invalid) {
            return Response.status(400).entity(page(c, m, 0, new Refusal(id, "shipment", typed))).build();
        } catch (Conflict changedMeanwhile) {
            return Response.status(409).entity(page(c, m, 0, new Refusal(id, "conflict", typed))).build();
        }
    }

    private TemplateInstance page(String c, String m, int page, Refusal refusal) {
        ListView<Parcel> parcels = fulfilments.queue(m, PageRequest.of(page, PAGE_SIZE));
        Pager pager = Pager.of(parcels.total(), page, PAGE_SIZE, n -> n == 0 ? "?" : "?page=" + n);
        return Templates.fulfilments(c, members.get(m), parcels, pager, refusal).setLocale(language.locale());
    }
}
