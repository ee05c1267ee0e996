package dev.canopy.portal;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.ordering.OrderService;
import dev.canopy.ordering.OrderView;
import dev.canopy.payments.OrderMoney;
import dev.canopy.payments.Refunds;
import dev.canopy.platform.web.Csrf;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.tenancy.ConsortiumService;
import io.quarkus.security.Authenticated;

/** The manager's refund form on the order page: units of some lines, the shipping, and a reason. */
@Path("/portal/consortia/{c}/orders/{number}/refunds")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class RefundPages {

    @Inject
    Refunds refunds;
    @Inject
    OrderService orders;
    @Inject
    OrderMoney money;
    @Inject
    ConsortiumService consortia;
    @Inject
    Validator validator;
    @Inject
    Csrf csrf;
    @Inject
    UiLanguage language;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refund(@PathParam("c") String c, @PathParam("number") String number,
            @FormParam(Csrf.FIELD) String token, @FormParam("sku") List<String> skus,
            @FormParam("quantity") List<String> quantities, @FormParam("shipping") String shipping,
            @FormParam("reason") String reason) {
        csrf.verify(token);
        OrderView order = orders.get(number);
        PaymentsSection payments = PaymentsSection.of(money, order, false);
        RefundForm form = RefundForm.read(order, payments.refunds(), skus, quantities, shipping != null, reason);
        try {
            refunds.refund(number, FormAnswers.validated(validator, form.toRequest()));
            return FormAnswers.seeOther("/portal/consortia/" + c + "/orders/" + number + "?refunded=1");
        } catch (RuntimeException e) {
            return FormAnswers.refused(e, errors -> OrderPages.Templates
                    .order(consortia.current(), order, false, payments.refused(form, errors))
                    .setLocale(language.locale()));
        }
    }
}
