package dev.canopy.storefront;

import java.util.List;
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
import jakarta.ws.rs.core.UriBuilder;

import dev.canopy.ordering.CartService;
import dev.canopy.ordering.CartService.NewLine;
import dev.canopy.ordering.CartService.Quantity;
import dev.canopy.ordering.CartView;
import dev.canopy.platform.errors.Conflict;
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
        static native TemplateInstance cart(Shop shop, CartView cart, String problem, String country,
                List<AddressFormat.Country> countries);

        static native TemplateInstance cart$lines(Shop shop, CartView cart, String problem, String country,
                List<AddressFormat.Country> countries);
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

    /** The cart, priced for shipping to {@code country} (else the browser's country); sent again to change it. */
    @GET
    public TemplateInstance cart(@PathParam("c") String c, @QueryParam("problem") String problem,
            @QueryParam("country") String country, @HeaderParam("Accept-Language") String accepted,
            @HeaderParam(SWAP) String swap) {
        String destination = Destinations.chosen(country, accepted);
        String shown = problem == null ? null : problem.replaceAll("\\W", "");
        return swap == null ? page(Templates::cart, shown, destination) : page(Templates::cart$lines, shown, destination);
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
        } catch (InvalidInput | Conflict notForSale) {
            line = Optional.empty();
        }
        return back(line.isPresent() ? null : "add", "");
    }

    @POST
    @Path("items/{line}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("c") String c, @PathParam("line") UUID line,
            @FormParam("quantity") String quantity, @FormParam("country") String country,
            @HeaderParam(SWAP) String swap) {
        Optional<Quantity> valid = valid(new Quantity(Forms.count(quantity)));
        valid.ifPresent(q -> update(cart -> carts.change(cart, line, q)));
        return answer(swap, valid.isPresent() ? null : "quantity", Destinations.chosen(country, null));
    }

    @POST
    @Path("items/{line}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("c") String c, @PathParam("line") UUID line,
            @FormParam("country") String country, @HeaderParam(SWAP) String swap) {
        update(cart -> carts.remove(cart, line));
        return answer(swap, null, Destinations.chosen(country, null));
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

    private Response answer(String swap, String problem, String country) {
        if (swap == null) {
            return back(problem, country);
        }
        return Response.status(problem == null ? 200 : 400).entity(page(Templates::cart$lines, problem, country))
                .build();
    }

    private TemplateInstance page(CartTemplate template, String problem, String country) {
        CartView cart = shopperCart.shippedTo(country).orElseGet(() -> ShopperCart.empty(shopper.shop().currency()));
        return template.of(shopper.shop(), cart, problem, country, AddressFormat.countries(language.locale()))
                .setLocale(language.locale());
    }

    /** The cart page or its part that forms change, which the page shows in place with JavaScript. */
    @FunctionalInterface
    private interface CartTemplate {
        TemplateInstance of(Shop shop, CartView cart, String problem, String country,
                List<AddressFormat.Country> countries);
    }

    private Response back(String problem, String country) {
        UriBuilder page = UriBuilder.fromUri(shopper.shop().home() + "cart");
        if (problem != null) {
            page.queryParam("problem", problem);
        }
        if (!country.isEmpty()) {
            page.queryParam("country", country);
        }
        return Response.seeOther(page.build()).build();
    }

    private <T> Optional<T> valid(T request) {
        return validator.validate(request).isEmpty() ? Optional.of(request) : Optional.empty();
    }
}
