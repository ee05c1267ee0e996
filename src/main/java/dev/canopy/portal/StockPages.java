package dev.canopy.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
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

import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Bulk stock editing: one form with every variant of the workshop's products. */
@Path("/portal/consortia/{c}/members/{m}/stock")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class StockPages {

    private static final String FIELD = "stock.";
    private static final String COUNT = "[0-9]{1,6}";

    /** One product on the sheet, its variants with the stock shown (as typed, when the form came back). */
    public record Counted(String title, List<Line> lines) {
    }

    public record Line(String variant, String sku, String options, String stock, boolean invalid) {
    }

    @CheckedTemplate(basePath = "portal/products")
    static class Templates {
        static native TemplateInstance stock(String consortium, MemberView member, List<Counted> products,
                List<FieldError> errors, boolean saved);
    }

    @Inject
    StockSheet sheet;
    @Inject
    MemberService members;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @GET
    public TemplateInstance sheet(@PathParam("c") String c, @PathParam("m") String m,
            @QueryParam("saved") String saved) {
        return page(c, m, Map.of(), List.of(), saved != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response count(@PathParam("c") String c, @PathParam("m") String m, MultivaluedMap<String, String> fields) {
        csrf.verify(fields.getFirst(Csrf.FIELD));
        Map<String, String> typed = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(FIELD)) {
                typed.put(name.substring(FIELD.length()), values.get(0).strip());
            }
        });
        try {
            sheet.count(m, counted(typed));
            // the product list's quick stock form goes back to the list it was sent from
            return FormAnswers.seeOther("products".equals(fields.getFirst("back"))
                    ? MemberProductPages.path(c, m) + "?stocked=1"
                    : "/portal/consortia/" + c + "/members/" + m + "/stock?saved=1");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> page(c, m, typed, errors, false));
        }
    }

    private static Map<String, Integer> counted(Map<String, String> typed) {
        if (typed.values().stream().anyMatch(text -> !text.matches(COUNT))) {
            throw new FormRejected(List.of(FieldError.of("stock", null, "stock")));
        }
        Map<String, Integer> stock = new LinkedHashMap<>();
        typed.forEach((variant, text) -> stock.put(variant, Integer.valueOf(text)));
        return stock;
    }

    /** The sheet, with the counts as typed when the form came back; those that are not counts marked. */
    private TemplateInstance page(String c, String m, Map<String, String> typed, List<FieldError> errors,
            boolean saved) {
        List<Counted> products = sheet.of(m).stream().map(p -> new Counted(PortalExtensions.pick(p.title(), language.tag()),
                p.variants().stream().map(v -> new Line(v.id().toString(), v.sku(), ProductForm.optionLines(v.options()),
                        typed.getOrDefault(v.id().toString(), String.valueOf(v.stock())),
                        !typed.getOrDefault(v.id().toString(), "0").matches(COUNT))).toList()))
                .toList();
        return Templates.stock(c, members.get(m), products, errors, saved).setLocale(language.locale());
    }
}
