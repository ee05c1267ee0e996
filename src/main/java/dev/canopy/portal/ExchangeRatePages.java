package dev.canopy.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import dev.canopy.catalog.pricing.ExchangeRate.Source;
import dev.canopy.catalog.pricing.ExchangeRates;
import dev.canopy.catalog.pricing.ExchangeRates.NewRates;
import dev.canopy.catalog.pricing.ExchangeRates.RateTable;
import dev.canopy.catalog.pricing.RateFeed;
import dev.canopy.platform.errors.Unavailable;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The brand's exchange rates from its base currency: the dated table with the reference feed's age, one
 * form for the markup and the manager's own rates, and a button to fetch the feed now.
 */
@Path("/portal/consortia/{c}/exchange-rates")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ExchangeRatePages {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance rates(ConsortiumView consortium, RateTable table, Map<String, String> typed,
                Map<String, String> rounding, Map<String, List<String>> kinds, String markup, List<FieldError> errors,
                boolean saved, String fetch);
    }

    @Inject
    ExchangeRates rates;
    @Inject
    RateFeed feed;
    @Inject
    ConsortiumService consortia;
    @Inject
    Validator validator;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    /** {@code fetch} says how the manager's last "fetch now" went: {@code done} or {@code failed}. */
    @GET
    public TemplateInstance table(@PathParam("c") String c, @QueryParam("saved") String saved,
            @QueryParam("fetch") String fetch) {
        return page(null, null, null, List.of(), saved != null, fetch);
    }

    /** A blank rate follows the reference feed (no rate while it gave none); a blank markup is none. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replace(@PathParam("c") String c, MultivaluedMap<String, String> fields) {
        csrf.verify(fields.getFirst(Csrf.FIELD));
        Map<String, String> typed = new LinkedHashMap<>();
        consortia.here().currencies().forEach(currency -> {
            String rate = fields.getFirst("rate." + currency);
            if (rate != null && !rate.isBlank()) {
                typed.put(currency, rate.strip().replace(',', '.'));
            }
        });
        Map<String, String> rounding = RoundingForm.chosen(fields, consortia.here());
        String markup = markup(fields.getFirst("markup"));
        try {
            rates.replace(FormAnswers.validated(validator, new NewRates(typed, markup, rounding)));
            return FormAnswers.seeOther("/portal/consortia/" + c + "/exchange-rates?saved=1");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(typed, rounding, markup, errors, false, null));
        }
    }

    /** The manager's "fetch now": the page then says how it went, and the rates' age either way. */
    @POST
    @Path("/refresh")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refresh(@PathParam("c") String c, MultivaluedMap<String, String> fields) {
        csrf.verify(fields.getFirst(Csrf.FIELD));
        String outcome = "done";
        try {
            feed.refresh();
        } catch (Unavailable e) {
            outcome = "failed";
        }
        return FormAnswers.seeOther("/portal/consortia/" + c + "/exchange-rates?fetch=" + outcome);
    }

    private TemplateInstance page(Map<String, String> typed, Map<String, String> rounding, String markup,
            List<FieldError> errors, boolean saved, String fetch) {
        ConsortiumView consortium = consortia.current();
        RateTable table = rates.table();
        return Templates.rates(consortium, table, typed == null ? overrides(table) : typed,
                rounding == null ? RoundingForm.shown(table) : rounding, RoundingForm.kinds(table),
                markup == null ? table.markupPercent() : markup, errors, saved, fetch).setLocale(language.locale());
    }

    /** The manager's own rates: the fields show only these, the feed's rates stand beside them. */
    private static Map<String, String> overrides(RateTable table) {
        Map<String, String> own = new LinkedHashMap<>();
        table.rates().forEach((currency, rate) -> {
            if (table.sources().get(currency) == Source.manual) {
                own.put(currency, rate);
            }
        });
        return own;
    }

    /** Absent (an older form) leaves the markup as it is; blank is none. */
    private static String markup(String typed) {
        if (typed == null) {
            return null;
        }
        return typed.isBlank() ? "0" : typed.strip().replace(',', '.');
    }
}
