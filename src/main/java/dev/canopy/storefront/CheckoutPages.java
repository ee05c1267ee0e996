package dev.canopy.storefront;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.ordering.CardCheckout;
import dev.canopy.ordering.CardPayments;
import dev.canopy.ordering.CartService;
import dev.canopy.ordering.CartView;
import dev.canopy.ordering.OrderPlaced;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.errors.TooManyRequests;
import dev.canopy.platform.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Checkout: who to tell, where to send (asked as the destination country writes addresses), which currency. */
@Path("/shop/{c}/checkout")
@Produces(MediaType.TEXT_HTML)
class CheckoutPages {

    /**
     * The page's data; {@code errors} is empty until a submitted form is refused. {@code cards}: the shop
     * takes cards, so the shopper chooses between card and bank transfer.
     */
    public record Checkout(Shop shop, CartView cart, CheckoutForm form, AddressFormat address, String countryName,
            List<AddressFormat.Country> countries, List<String> currencies, boolean cards,
            List<CheckoutError> errors) {

        public CheckoutError error(String field) {
            return errors.stream().filter(e -> field.equals(e.field())).findFirst().orElse(null);
        }

        public List<CheckoutError> general() {
            return errors.stream().filter(e -> e.field() == null).toList();
        }

        public boolean fieldsInvalid() {
            return errors.stream().anyMatch(e -> e.field() != null);
        }

        /** Card is chosen unless the shopper picked the transfer: the shop's default when it takes cards. */
        public boolean byCard() {
            return cards && !"bank_transfer".equals(form.paymentMethod);
        }
    }

    @CheckedTemplate(basePath = "storefront")
    static class Templates {
        static native TemplateInstance checkout(Checkout checkout);

        static native TemplateInstance checkout$address(Checkout checkout);

        static native TemplateInstance checkout$shipping(Checkout checkout);
    }

    @Inject
    Shopper shopper;
    @Inject
    ShopperCart shopperCart;
    @Inject
    CardCheckout placeOrder;
    @Inject
    CardPayments cards;
    @Inject
    CartService carts;
    @Inject
    UiLanguage language;

    @GET
    public Response form(@PathParam("c") String c, @QueryParam("country") String country,
            @HeaderParam("Accept-Language") String accepted) {
        Optional<CartView> cart = shopperCart.current().filter(StorefrontExtensions::ready);
        if (cart.isEmpty()) {
            return Response.seeOther(URI.create(shopper.shop().home() + "cart")).build();
        }
        CheckoutForm form = CheckoutForm.fresh(Destinations.chosen(country, accepted), cart.get().currency());
        return Response.ok(page(checkout(cart.get(), form, List.of()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response place(@PathParam("c") String c, @BeanParam CheckoutForm form, @HeaderParam(CartPages.SWAP) String swap) {
        // No cart: a form sent again once its cart is gone still finds the order its key placed
        UUID cartId = shopperCart.id().orElse(null);
        form.withKey();
        if (form.refreshing()) {
            Checkout checkout = checkout(shopperCart.current().orElseGet(() -> ShopperCart.empty(form.currency)), form,
                    List.of());
            // the address fields and the shipping summary both follow the country
            return Response.ok(swap == null ? page(checkout)
                    : Templates.checkout$address(checkout).setLocale(language.locale()).render()
                            + Templates.checkout$shipping(checkout).setLocale(language.locale()).render())
                    .build();
        }
        try {
            OrderPlaced order = placeOrder.place(cartId, form.key, form.toRequest(shopper.shop().language()));
            if (order.payment().redirectUrl() != null) {
                return Response.seeOther(URI.create(order.payment().redirectUrl())).build();
            }
            return Response.seeOther(URI.create(shopper.shop().home() + "orders/" + order.orderNumber() + "?token="
                    + URLEncoder.encode(order.orderToken(), StandardCharsets.UTF_8))).build();
        } catch (NotFound noCart) {
            return Response.seeOther(URI.create(shopper.shop().home() + "cart")).build();
        } catch (RuntimeException e) {
            CartView cart = shopperCart.current().orElseGet(() -> ShopperCart.empty(form.currency));
            List<CheckoutError> errors = CheckoutError.of(e, cart, form, countryName(form));
            if (errors.isEmpty()) {
                throw e;
            }
            Response.ResponseBuilder answer = Response.status(CheckoutError.status(errors))
                    .entity(page(checkout(cart, form, errors)));
            if (e instanceof TooManyRequests busy) {
                answer.header(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds());
            }
            return answer.build();
        }
    }

    /** The page's data, the cart priced for shipping to the form's country when it is one. */
    private Checkout checkout(CartView cart, CheckoutForm form, List<CheckoutError> errors) {
        Shop shop = shopper.shop();
        if (cart.id() != null && Destinations.known(form.countryCode())) {
            cart = carts.get(cart.id(), form.countryCode());
        }
        List<String> currencies = shop.consortium().currencies().stream().filter(shopper::priced).toList();
        return new Checkout(shop, cart, form, AddressFormat.of(form.countryCode()), countryName(form),
                AddressFormat.countries(language.locale()), currencies, cards.available(), errors);
    }

    private String countryName(CheckoutForm form) {
        return StorefrontExtensions.country(form.countryCode(), language.locale());
    }

    private TemplateInstance page(Checkout checkout) {
        return Templates.checkout(checkout).setLocale(language.locale());
    }
}
