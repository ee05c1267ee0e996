package dev.canopy.portal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import dev.canopy.ordering.Order;
import dev.canopy.ordering.OrderSearch;
import dev.canopy.ordering.OrderService;
import dev.canopy.ordering.OrderView;
import dev.canopy.payments.OrderMoney;
import dev.canopy.platform.Countries;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.Pager;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.MemberService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The brand's orders for its managers: found by number, shopper, status, destination, workshop and
 * days, and each order with its parcels and history.
 */
@Path("/portal/consortia/{c}/orders")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class OrderPages {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance orders(ConsortiumView consortium, ListView<OrderView> orders,
                OrderSearch search, List<String> statuses, Map<String, String> workshops, List<Countries.Named> countries,
                Pager pager);

        static native TemplateInstance order(ConsortiumView consortium, OrderView order, boolean refused,
                PaymentsSection payments);
    }

    @Inject
    OrderService orders;
    @Inject
    OrderMoney money;
    @Inject
    ConsortiumService consortia;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;
    @Inject
    MemberService members;

    @GET
    public TemplateInstance list(@PathParam("c") String c, @BeanParam OrderSearch search,
            @QueryParam("page") @DefaultValue("0") String page) {
        int number = Pager.number(page);
        ListView<OrderView> found = orders.list(search, PageRequest.of(number, PAGE_SIZE));
        String filter = OrderSearchForm.query(search);
        Pager pager = Pager.of(found.total(), number, PAGE_SIZE,
                n -> "?" + filter + (n == 0 ? "" : (filter.isEmpty() ? "" : "&") + "page=" + n));
        List<String> statuses = Arrays.stream(Order.Status.values()).map(Enum::name).toList();
        Map<String, String> workshops = new LinkedHashMap<>();
        members.list(PageRequest.of(0, 500)).items().forEach(m -> workshops.put(m.slug(), m.name()));
        Locale locale = language.locale();
        return Templates.orders(consortia.current(), found, search, statuses, workshops, Countries.named(locale),
                pager).setLocale(locale);
    }

    @GET
    @Path("{number}")
    public TemplateInstance order(@PathParam("c") String c, @PathParam("number") String number,
            @QueryParam("refunded") String refunded) {
        OrderView order = orders.get(number);
        return Templates.order(consortia.current(), order, false, PaymentsSection.of(money, order, refunded != null))
                .setLocale(language.locale());
    }

    @POST
    @Path("{number}/confirm-payment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirmPayment(@PathParam("c") String c, @PathParam("number") String number,
            @FormParam(Csrf.FIELD) String token, @FormParam("confirmed") String confirmed) {
        csrf.verify(token);
        if (!Confirmation.given(confirmed)) {
            return ask("payment", c, number, "confirm-payment");
        }
        return done(c, number, () -> orders.confirmPayment(number));
    }

    @POST
    @Path("{number}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("c") String c, @PathParam("number") String number,
            @FormParam(Csrf.FIELD) String token, @FormParam("confirmed") String confirmed) {
        csrf.verify(token);
        if (!Confirmation.given(confirmed)) {
            return ask("cancel", c, number, "cancel");
        }
        return done(c, number, () -> orders.cancel(number));
    }

    /** The confirmation step, once the order is known to this manager (an unknown number stays 404). */
    private Response ask(String kind, String c, String number, String step) {
        String order = "/portal/consortia/" + c + "/orders/" + orders.get(number).number();
        return new Confirmation(kind, number, order + "/" + step, Map.of(), order).page(language.locale());
    }

    /** Back to the order; when it moved on meanwhile (another manager, the expiry), it shows as it is now. */
    private Response done(String c, String number, Supplier<OrderView> step) {
        try {
            step.get();
            return FormAnswers.seeOther("/portal/consortia/" + c + "/orders/" + number);
        } catch (Conflict movedOn) {
            OrderView now = orders.get(number);
            return Response.status(409).entity(Templates.order(consortia.current(), now, true,
                    PaymentsSection.of(money, now, false)).setLocale(language.locale())).build();
        }
    }
}
