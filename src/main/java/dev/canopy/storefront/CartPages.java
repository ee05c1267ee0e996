package dev.canopy.storefront;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.ordering.CartService;
import dev.canopy.ordering.CartService.NewLine;
import dev.canopy.ordering.CartService.Quantity;
import dev.canopy.ordering.CartView;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The cart page and its forms. Without JavaScript each form answers 303 back to the page; sent by
 * {@code swap.js} (header {@value #SWAP}) it answers the changed part of the page in place.
 */
@Path("/shop/{c}/cart")
@Produces(MediaType.TEXT_HTML)
class CartPages {

    static final String SWAP = "X-Swap";

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance cart(Shop shop, CartView cart, String problem);

        static native TemplateInstance cart$lines(Shop shop, CartView cart, String problem);
    }

    @Inject
    Shopper shopper;
    @Inject
    ShopperCart shopperCart;
    @Inject
    CartService carts;
    @Inject
    Validator validator;
    @Inject
    UiLanguage language;

    @GET
    public TemplateInstance cart(@PathParam("c") String c, @QueryParam("problem") String problem) {
        return Templates.cart(shopper.shop(), shown(), problem == null ? null : problem.replaceAll("\\W", ""))
                .setLocale(language.locale());
    }

    /** From the product page: a variant and how many; the cart is made on the first one. */
    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("c") String c, @FormParam("variant") String variant,
            @FormParam("quantity") String quantity) {
        Optional<NewLine> line = valid(new NewLine(Forms.id(variant), Forms.count(quantity)));
        try {
            line.ifPresent(l -> carts.add(shopperCart.currentOrNew(shopper.pricedIn()), l));
        } catch (InvalidInput notForSale) {
            line = Optional.empty();
        }
        return back(line.isPresent() ? null : "add");
    }

    @POST
    @Path("items/{line}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("c") String c, @PathParam("line") UUID line,
            @FormParam("quantity") String quantity, @HeaderParam(SWAP) String swap) {
        Optional<Quantity> valid = valid(new Quantity(Forms.count(quantity)));
        valid.ifPresent(q -> update(cart -> carts.change(cart, line, q)));
        return answer(swap, valid.isPresent() ? null : "quantity");
    }

    @POST
    @Path("items/{line}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("c") String c, @PathParam("line") UUID line, @HeaderParam(SWAP) String swap) {
        update(cart -> carts.remove(cart, line));
        return answer(swap, null);
    }

    /** A line removed meanwhile (in another tab) is simply gone: the page shows the cart as it is. */
    private void update(Function<UUID, CartView> change) {
        shopperCart.current().ifPresent(cart -> {
            try {
                shopperCart.changed(change.apply(cart.id()));
            } catch (NotFound alreadyGone) {
                // nothing left to change
            }
        });
    }

    private Response answer(String swap, String problem) {
        if (swap == null) {
            return back(problem);
        }
        return Response.status(problem == null ? 200 : 400)
                .entity(Templates.cart$lines(shopper.shop(), shown(), problem).setLocale(language.locale())).build();
    }

    private CartView shown() {
        return shopperCart.current().orElseGet(() -> ShopperCart.empty(shopper.shop().currency()));
    }

    private Response back(String problem) {
        String page = shopper.shop().home() + "cart" + (problem == null ? "" : "?problem=" + problem);
        return Response.seeOther(URI.create(page)).build();
    }

    private <T> Optional<T> valid(T request) {
        return validator.validate(request).isEmpty() ? Optional.of(request) : Optional.empty();
    }
}
