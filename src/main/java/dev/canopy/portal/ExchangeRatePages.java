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

import dev.canopy.catalog.pricing.ExchangeRates;
import dev.canopy.catalog.pricing.ExchangeRates.NewRates;
import dev.canopy.catalog.pricing.ExchangeRates.RateTable;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The brand's exchange rates from its base currency: the dated table, and one form to replace it. */
@Path("/portal/consortia/{c}/exchange-rates")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ExchangeRatePages {

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance rates(ConsortiumView consortium, RateTable table, Map<String, String> typed,
                List<FieldError> errors, boolean saved);
    }

    @Inject
    ExchangeRates rates;
    @Inject
    ConsortiumService consortia;
    @Inject
    Validator validator;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @GET
    public TemplateInstance table(@PathParam("c") String c, @QueryParam("saved") String saved) {
        return page(null, List.of(), saved != null);
    }

    /** A blank rate leaves its currency out: shoppers then see no prices in it. */
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
        try {
            rates.replace(FormAnswers.validated(validator, new NewRates(typed)));
            return FormAnswers.seeOther("/portal/consortia/" + c + "/exchange-rates?saved=1");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(typed, errors, false));
        }
    }

    private TemplateInstance page(Map<String, String> typed, List<FieldError> errors, boolean saved) {
        ConsortiumView consortium = consortia.current();
        RateTable table = rates.table();
        return Templates.rates(consortium, table, typed == null ? table.rates() : typed, errors, saved)
                .setLocale(language.locale());
    }
}
