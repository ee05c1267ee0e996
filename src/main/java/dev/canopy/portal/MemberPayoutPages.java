package dev.canopy.portal;

import java.net.URI;

import jakarta.inject.Inject;
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

import dev.canopy.ordering.CardPayments;
import dev.canopy.payments.PayoutAccounts;
import dev.canopy.payments.PayoutLedger;
import dev.canopy.payments.PayoutView;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.Unavailable;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.Pager;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A workshop's "Get paid" page: how it is paid, the way into Stripe's onboarding (which returns here,
 * or here with {@code ?onboarding=again} when its link ran out), and its own payouts.
 */
@Path("/portal/consortia/{c}/members/{m}/payouts")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class MemberPayoutPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "portal/payouts")
    static class Templates {
        static native TemplateInstance member(String consortium, MemberView member, PayoutAccounts.State account,
                ListView<PayoutView> payouts, Pager pager, String notice);
    }

    @Inject
    PayoutAccounts accounts;
    @Inject
    PayoutLedger ledger;
    @Inject
    CardPayments cards;
    @Inject
    MemberService members;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @GET
    public TemplateInstance page(@PathParam("c") String c, @PathParam("m") String m,
            @QueryParam("onboarding") String onboarding, @QueryParam("page") @DefaultValue("0") String page) {
        return page(c, m, Pager.number(page), "again".equals(onboarding) ? "again" : null);
    }

    /** Opens (or continues) the workshop's Stripe account and sends the artisan to Stripe's onboarding. */
    @POST
    @Path("onboarding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response onboard(@PathParam("c") String c, @PathParam("m") String m, @FormParam(Csrf.FIELD) String token) {
        csrf.verify(token);
        try {
            return Response.seeOther(URI.create(accounts.open(m).onboardingUrl())).build();
        } catch (Conflict noStripe) {
            return Response.status(409).entity(page(c, m, 0, "bank")).build();
        } catch (Unavailable stripeAway) {
            return Response.status(503).entity(page(c, m, 0, "unavailable")).build();
        }
    }

    private TemplateInstance page(String c, String m, int page, String notice) {
        MemberView member = members.get(m);
        ListView<PayoutView> payouts = ledger.list(member.slug(), null, PageRequest.of(page, PAGE_SIZE));
        Pager pager = Pager.of(payouts.total(), page, PAGE_SIZE, n -> n == 0 ? "?" : "?page=" + n);
        // Without Stripe (the shop takes no cards either) there is nothing to onboard: say so, offer no button
        String said = cards.available() ? notice : "bank";
        return Templates.member(c, member, accounts.state(m), payouts, pager, said).setLocale(language.locale());
    }
}
