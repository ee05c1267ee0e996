package dev.canopy.storefront;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.ordering.OrderService;
import dev.canopy.ordering.OrderService.Transfer;
import dev.canopy.ordering.OrderView;
import dev.canopy.platform.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The shopper's order by link: the confirmation after checkout (how to pay) and, later, where each
 * parcel is. The token in the address is the shopper's key to it, so the page is never cached and
 * never sends its address on as a referrer.
 */
@Path("/shop/{c}/orders/{number}")
@Produces(MediaType.TEXT_HTML)
class OrderStatusPages {

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance order(Shop shop, OrderView order, Transfer transfer);
    }

    @Inject
    Shopper shopper;
    @Inject
    OrderService orders;
    @Inject
    UiLanguage language;

    @GET
    public Response order(@PathParam("c") String c, @PathParam("number") String number,
            @QueryParam("token") String token) {
        OrderView order = orders.forShopper(number, token);
        TemplateInstance page = Templates.order(shopper.shop(), order, orders.transfer(order).orElse(null))
                .setLocale(language.locale());
        return Response.ok(page).header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
