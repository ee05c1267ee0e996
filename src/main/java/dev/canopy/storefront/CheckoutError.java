package dev.canopy.storefront;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import dev.canopy.ordering.CartView;
import dev.canopy.platform.PostalCodes;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.TooManyRequests;
import dev.canopy.platform.errors.Unavailable;

/**
 * Why checkout refused the form, as the page words it: a field to correct ({@code field} set), or a
 * problem of the whole order by {@code code} (the destination is not served, items ran out). The
 * service's own words are kept in {@code detail} only where the page has none of its own.
 */
public record CheckoutError(String field, String code, String detail) {

    private static final Set<String> FIELDS = Set.of("email", "name", "line1", "line2", "city", "postalCode",
            "region", "country", "currency");

    /** The errors of a refused checkout, or none when {@code e} is not about the form or the cart. */
    static List<CheckoutError> of(RuntimeException e, CartView cart, CheckoutForm form, String countryName) {
        if (e instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream()
                    .map(v -> field(v.getPropertyPath().toString(), "invalid")).distinct().toList();
        }
        if (e instanceof InvalidInput invalid) {
            return invalid.violations().stream().map(v -> v.field().endsWith("country")
                    ? new CheckoutError(null, "not_shipped", countryName)
                    : v.field().endsWith("postalCode") ? postalCode(form) : field(v.field(), "invalid")).toList();
        }
        if (e instanceof Conflict conflict) {
            return List.of(ofCart(cart, conflict.getMessage()));
        }
        if (e instanceof TooManyRequests) {
            return List.of(new CheckoutError(null, "too_many_unpaid", null));
        }
        if (e instanceof Unavailable) {
            // The order may be written already: the same form (same key) sent again opens its payment page
            return List.of(new CheckoutError(null, "card_unavailable", null));
        }
        return List.of();
    }

    /**
     * The answer's status: 400 for the shopper's mistakes, 429 past the unpaid-orders limit, 503 when
     * the card provider is away, else 409.
     */
    static int status(List<CheckoutError> errors) {
        if (errors.stream().anyMatch(e -> "too_many_unpaid".equals(e.code()))) {
            return 429;
        }
        if (errors.stream().anyMatch(e -> "card_unavailable".equals(e.code()))) {
            return 503;
        }
        return errors.stream().anyMatch(e -> e.field() != null || "not_shipped".equals(e.code())) ? 400 : 409;
    }

    /** A conflict at checkout: the cart ordered meanwhile, or items that ran out (named by their titles). */
    private static CheckoutError ofCart(CartView cart, String detail) {
        if (!cart.open()) {
            return new CheckoutError(null, "closed", null);
        }
        String missing = cart.lines().stream().filter(l -> !l.available())
                .map(l -> l.title() == null ? "?" : l.title()).collect(Collectors.joining(", "));
        return missing.isEmpty() ? new CheckoutError(null, "conflict", detail) : new CheckoutError(null, "stock", missing);
    }

    /** A postal code missing, or not one of the country (then with one that is, to show how they look). */
    private static CheckoutError postalCode(CheckoutForm form) {
        return Forms.text(form.postalCode) == null ? new CheckoutError("postalCode", "required", null)
                : new CheckoutError("postalCode", "format", PostalCodes.example(form.countryCode()).orElse(null));
    }

    /** The form field a property path ends in ({@code place.request.shippingAddress.city}: city). */
    private static CheckoutError field(String path, String code) {
        String last = Arrays.stream(path.split("\\.")).reduce((a, b) -> b).orElse(path);
        return FIELDS.contains(last) ? new CheckoutError(last, code, null) : new CheckoutError(null, "conflict", path);
    }
}
