package dev.canopy.portal;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.identity.Access;
import dev.canopy.identity.Memberships.ArtisanView;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.validation.IsoCodeValidators;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumSettings;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.Member;
import dev.canopy.tenancy.MemberProfile;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import dev.canopy.tenancy.Workplaces;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The portal of managers and artisans: signed in through the identity provider (code flow). */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class PortalPages {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance index(Workplaces.OfCaller me);

        static native TemplateInstance consortium(ConsortiumView consortium, ListView<MemberView> members,
                BrandTasks.Tasks tasks, List<String> zones);

        static native TemplateInstance member(String consortium, MemberView member, ListView<ArtisanView> artisans,
                boolean manager, List<String> languages);
    }

    @Inject
    Workplaces workplaces;
    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;
    @Inject
    BrandTasks tasks;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;
    @Inject
    Validator validator;
    @Inject
    Access access;

    private static final List<String> ZONES = IsoCodeValidators.TIME_ZONES.stream().sorted().toList();

    @GET
    public TemplateInstance index() {
        return Templates.index(workplaces.ofCaller()).setLocale(language.locale());
    }

    @GET
    @Path("consortia/{c}")
    public TemplateInstance consortium(@PathParam("c") String c) {
        ConsortiumView consortium = consortia.current();
        return Templates.consortium(consortium, members.list(PageRequest.of(0, 100)), tasks.now(), ZONES)
                .setLocale(language.locale());
    }

    /** The zone the managers read times in: only that setting changes. */
    @POST
    @Path("consortia/{c}/time-zone")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response timeZone(@PathParam("c") String c, @FormParam(Csrf.FIELD) String token,
            @FormParam("timeZone") String zone) {
        csrf.verify(token);
        consortia.change(FormAnswers.validated(validator,
                new ConsortiumSettings(null, null, null, null, null, null, null, null, zone, null)));
        return FormAnswers.seeOther("/portal/consortia/" + c);
    }

    @POST
    @Path("consortia/{c}/members")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response admit(@PathParam("c") String c, @BeanParam MemberForm form) {
        csrf.verify(form.csrf);
        members.admit(form.toNewMember());
        return FormAnswers.seeOther("/portal/consortia/" + c);
    }

    @GET
    @Path("consortia/{c}/members/{m}")
    public TemplateInstance member(@PathParam("c") String c, @PathParam("m") String m) {
        return Templates.member(c, members.get(m), members.artisans(m, PageRequest.of(0, 100)),
                access.managesHere(), consortia.here().languages()).setLocale(language.locale());
    }

    /** A manager suspends a workshop (after a confirmation step) or reinstates it. */
    @POST
    @Path("consortia/{c}/members/{m}/status")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("c") String c, @PathParam("m") String m, @FormParam(Csrf.FIELD) String token,
            @FormParam("status") String status, @FormParam("confirmed") String confirmed) {
        csrf.verify(token);
        access.requireManager("member");
        MemberView member = members.get(m);
        Member.Status to = "suspended".equals(status) ? Member.Status.suspended : Member.Status.active;
        String page = "/portal/consortia/" + c + "/members/" + member.slug();
        if (to == Member.Status.suspended && !Confirmation.given(confirmed)) {
            return new Confirmation("suspend", member.name(), page + "/status", Map.of("status", "suspended"), page)
                    .page(language.locale());
        }
        members.change(m, new MemberProfile(null, null, null, null, null, null, to, null));
        return FormAnswers.seeOther(page);
    }

    /** The workshop's artisans or a manager set its street address, which the customs papers print. */
    @POST
    @Path("consortia/{c}/members/{m}/address")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response address(@PathParam("c") String c, @PathParam("m") String m, @BeanParam AddressForm form) {
        csrf.verify(form.csrf);
        members.change(m, new MemberProfile(null, null, null, null, null, null, null, form.toAddress()));
        return FormAnswers.seeOther("/portal/consortia/" + c + "/members/" + m);
    }

    @POST
    @Path("consortia/{c}/members/{m}/artisans")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addArtisan(@PathParam("c") String c, @PathParam("m") String m,
            @FormParam("email") String email, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        members.addArtisan(m, email);
        return FormAnswers.seeOther("/portal/consortia/" + c + "/members/" + m);
    }
}
