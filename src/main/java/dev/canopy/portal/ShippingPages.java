package dev.canopy.portal;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.canopy.fulfilment.ReadyZone;
import dev.canopy.fulfilment.ShippingSettings;
import dev.canopy.platform.Countries;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The brand's shipping: who ships (each workshop or the hub) and the zones with their rates, replaced at once. */
@Path("/portal/consortia/{c}/shipping")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ShippingPages {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance shipping(ConsortiumView consortium, ShippingForm form, List<MemberView> members,
                List<ReadyZone> readyZones, List<Countries.Named> countries, List<FieldError> errors, boolean saved);
    }

    @Inject
    ShippingSettings settings;
    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;
    @Inject
    Validator validator;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @GET
    public TemplateInstance table(@PathParam("c") String c, @QueryParam("saved") String saved) {
        ConsortiumView consortium = consortia.here();
        return page(consortium, ShippingForm.of(settings.current(), consortium.baseCurrency()), List.of(),
                saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replace(@PathParam("c") String c, MultivaluedMap<String, String> fields) {
        csrf.verify(fields.getFirst(Csrf.FIELD));
        ConsortiumView consortium = consortia.here();
        ShippingForm form = ShippingForm.read(fields);
        try {
            settings.replace(FormAnswers.validated(validator, form.toSetup(consortium.baseCurrency())));
            return FormAnswers.seeOther("/portal/consortia/" + c + "/shipping?saved=1");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(consortium, form, errors, false));
        }
    }

    private TemplateInstance page(ConsortiumView consortium, ShippingForm form, List<FieldError> errors,
            boolean saved) {
        return Templates.shipping(consortium, form, members.activeWorkshops(), List.of(ReadyZone.values()),
                Countries.named(language.locale()), errors, saved).setLocale(language.locale());
    }
}
