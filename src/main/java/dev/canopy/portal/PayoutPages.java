package dev.canopy.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
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

import dev.canopy.payments.Payout;
import dev.canopy.payments.PayoutLedger;
import dev.canopy.payments.PayoutView;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.Pager;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.MemberService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The payout ledger for the brand's managers: every workshop's shares, and the bank payments they note. */
@Path("/portal/consortia/{c}/payouts")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class PayoutPages {

    static final int PAGE_SIZE = 20;

    /** The chosen workshop (slug) and status, empty for all; {@code query} keeps them in links and redirects. */
    public record Filter(String member, String status) {

        static Filter of(String member, String status) {
            return new Filter(member == null ? "" : member, status == null ? "" : status);
        }

        String query(int page) {
            return "?" + Stream.of(member.isEmpty() ? "" : "member=" + URLEncoder.encode(member, StandardCharsets.UTF_8),
                    status.isEmpty() ? "" : "status=" + URLEncoder.encode(status, StandardCharsets.UTF_8),
                    page == 0 ? "" : "page=" + page).filter(p -> !p.isEmpty()).collect(Collectors.joining("&"));
        }
    }

    /** A mark-paid form that was refused: at which entry, what was typed and why. */
    public record Refusal(UUID payout, String reference, List<FieldError> errors) {
    }

    @CheckedTemplate(basePath = "portal/payouts")
    static class Templates {
        static native TemplateInstance ledger(ConsortiumView consortium, Map<String, String> workshops,
                ListView<PayoutView> payouts, Filter filter, List<String> statuses, Pager pager, Refusal refusal,
                boolean marked);
    }

    @Inject
    PayoutLedger ledger;
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
    public TemplateInstance list(@PathParam("c") String c, @QueryParam("member") String member,
            @QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("marked") String marked) {
        return page(member, status, Pager.number(page), null, marked != null);
    }

    @POST
    @Path("{id}/mark-paid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markPaid(@PathParam("c") String c, @PathParam("id") UUID id, @FormParam(Csrf.FIELD) String token,
            @FormParam("reference") String reference, @FormParam("member") String member,
            @FormParam("status") String status) {
        csrf.verify(token);
        String typed = reference == null ? "" : reference.strip();
        try {
            ledger.markPaid(id, FormAnswers.validated(validator, new PayoutLedger.Payment(typed)));
            String back = Filter.of(member, status).query(0);
            return FormAnswers.seeOther("/portal/consortia/" + c + "/payouts" + back + (back.length() > 1 ? "&" : "")
                    + "marked=1");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(member, status, 0, new Refusal(id, typed, errors), false));
        }
    }

    /** The ledger page; the filter keeps only a workshop of this brand and a status the ledger knows. */
    private TemplateInstance page(String member, String status, int page, Refusal refusal, boolean marked) {
        ConsortiumView consortium = consortia.current();
        Map<String, String> workshops = new LinkedHashMap<>();
        members.list(PageRequest.of(0, 500)).items().forEach(m -> workshops.put(m.slug(), m.name()));
        Payout.Status chosen = Arrays.stream(Payout.Status.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        Filter filter = new Filter(workshops.containsKey(member) ? member : "", chosen == null ? "" : chosen.name());
        ListView<PayoutView> found = ledger.list(filter.member().isEmpty() ? null : filter.member(), chosen,
                PageRequest.of(page, PAGE_SIZE));
        Pager pager = Pager.of(found.total(), page, PAGE_SIZE, filter::query);
        List<String> statuses = Arrays.stream(Payout.Status.values()).map(Enum::name).toList();
        return Templates.ledger(consortium, workshops, found, filter, statuses, pager, refusal, marked)
                .setLocale(language.locale());
    }
}
