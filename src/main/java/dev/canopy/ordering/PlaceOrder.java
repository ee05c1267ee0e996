package dev.canopy.ordering;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.catalog.Inventory;
import dev.canopy.catalog.Inventory.Sellable;
import dev.canopy.catalog.pricing.Conversion;
import dev.canopy.catalog.pricing.Prices;
import dev.canopy.platform.Money;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.KeyReused;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.web.ClientAddress;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import io.micrometer.core.annotation.Counted;

/**
 * Checkout: turns a cart into an order once, whatever the retries. Stock is reserved by
 * conditional updates in variant order; prices, rate, commission and shipping are frozen.
 */
@ApplicationScoped
public class PlaceOrder {

    @Inject
    OrderRepository orders;
    @Inject
    CartService carts;
    @Inject
    CartRepository cartLines;
    @Inject
    Inventory inventory;
    @Inject
    Prices prices;
    @Inject
    ConsortiumService consortia;
    @Inject
    ShippingCharge shipping;
    @Inject
    OrderWriter writer;
    @Inject
    BankTransfer bankTransfer;
    @Inject
    CardPayments cards;
    @Inject
    ShopperNotices notices;
    @Inject
    UnpaidLimits limits;
    @Inject
    ClientAddress client;
    @Inject
    Clock clock;
    @ConfigProperty(name = "canopy.ordering.reservation")
    Duration reservation;

    @Transactional
    @Counted(value = "canopy.checkouts", description = "Checkout attempts that reached the order logic")
    /** {@code cartId} null: the shopper's cart is gone, only a retry of an order placed with the key is found. */
    public OrderPlaced place(UUID cartId, String idempotencyKey, @NotNull @Valid CheckoutRequest request) {
        writer.serialise(idempotencyKey);
        ConsortiumView consortium = consortia.here();
        String fingerprint = CheckoutFingerprint.of(request);
        Order order = orders.byIdempotencyKey(idempotencyKey)
                .map(earlier -> sameRequest(earlier, cartId, fingerprint))
                .orElseGet(() -> newOrder(cartId, new Key(idempotencyKey, fingerprint), request, consortium));
        return OrderPlaced.of(order, BankTransfer.METHOD.equals(order.paymentMethod)
                ? bankTransfer.instructions(consortium.name(), order.number, Money.of(order.total, order.currency))
                : null);
    }

    /** What a key first named and the digest of that request. */
    private record Key(String value, String fingerprint) {
    }

    /**
     * A retry gets its order back; the same key with another cart or body gets nothing of it. A page
     * sent again once its cart cookie is gone names no cart: its body must match alone.
     */
    private static Order sameRequest(Order earlier, UUID cartId, String fingerprint) {
        boolean same = (cartId == null || earlier.cartId.equals(cartId))
                && (earlier.requestFingerprint == null || earlier.requestFingerprint.equals(fingerprint));
        if (!same) {
            throw new KeyReused();
        }
        return earlier;
    }

    /** Card where the shop takes cards, unless the shopper asked for a bank transfer. */
    private String method(CheckoutRequest request) {
        if (request.paymentMethod() == null) {
            return cards.available() ? CardCheckout.CARD : BankTransfer.METHOD;
        }
        if (CardCheckout.CARD.equals(request.paymentMethod()) && !cards.available()) {
            throw new InvalidInput("paymentMethod", "this shop does not take cards; pay by bank_transfer");
        }
        return request.paymentMethod();
    }

    private Order newOrder(UUID cartId, Key key, CheckoutRequest request, ConsortiumView consortium) {
        if (cartId == null) {
            throw new NotFound("No such cart");
        }
        Cart cart = carts.locked(cartId);
        if (cart.orderId != null) {
            throw new Conflict("This cart is already an order");
        }
        List<CartLine> lines = cartLines.lines(cartId);
        if (lines.isEmpty()) {
            throw new Conflict("The cart is empty");
        }
        request.shippingAddress().postalCodeRefusal().ifPresent(why -> {
            throw new InvalidInput("shippingAddress.postalCode", why);
        });
        Optional<String> from = client.current();
        limits.check(request.email(), from);
        String method = method(request);
        String currency = request.currency() != null ? request.currency() : cart.currency;
        Conversion conversion = prices.in(currency, consortium);
        Map<UUID, Sellable> sellable = inventory.sellable(lines.stream().map(l -> l.variantId).toList());
        lines.stream().filter(l -> !sellable.containsKey(l.variantId)).findFirst().ifPresent(l -> {
            throw new Conflict(inventory.skuOf(l.variantId).orElse("Line " + l.id)
                    + " is no longer on sale; remove it from the cart");
        });
        ShippingCharge.Charge charge = shipping.of(request.shippingAddress().country(), lines, sellable, conversion);
        if (!charge.served()) {
            throw new InvalidInput("shippingAddress.country",
                    "the shop does not ship to " + request.shippingAddress().country());
        }
        Map<UUID, Integer> fromStock = reserve(lines, sellable);
        // A card order holds its stock as long as its payment page can be paid, not a transfer's days
        Duration hold = CardCheckout.CARD.equals(method) ? cards.window().plus(CardCheckout.GRACE) : reservation;
        OrderWriter.Written written = writer.write(
                new OrderWriter.Draft(cart, key.value(), key.fingerprint(), request, currency,
                        conversion, consortium, lines, sellable, fromStock, charge.total(), method, from.orElse(null)),
                clock.instant(), hold);
        cart.orderId = written.order().id;
        notices.placed(written.order(), written.lines());
        return written.order();
    }

    /**
     * All lines or none, in one statement; answers the pieces each line took from stock (fewer than
     * its quantity when the rest is made to order). A refusal names the SKUs that ran short.
     */
    private Map<UUID, Integer> reserve(List<CartLine> lines, Map<UUID, Sellable> sellable) {
        Map<UUID, Integer> wanted = lines.stream().collect(Collectors.toMap(l -> l.variantId, l -> l.quantity));
        Inventory.Reservation reservation = inventory.reserve(wanted);
        if (!reservation.refused().isEmpty()) {
            throw new Conflict("Not enough stock of " + reservation.refused().stream()
                    .map(id -> sellable.get(id).sku() + " for " + wanted.get(id)).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return lines.stream().collect(Collectors.toMap(l -> l.id, l -> reservation.taken().get(l.variantId)));
    }
}
