package dev.canopy.ordering;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.canopy.catalog.Inventory;
import dev.canopy.catalog.Inventory.Sellable;
import dev.canopy.catalog.pricing.Prices;
import dev.canopy.platform.Ids;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;

/** Carts: anyone may open one; whoever holds its id may fill it. Prices are never the client's. */
@ApplicationScoped
public class CartService {

    public record NewLine(@NotNull UUID variantId, @NotNull @Min(1) @Max(99) Integer quantity) {
    }

    public record Quantity(@NotNull @Min(1) @Max(99) Integer quantity) {
    }

    @Inject
    CartRepository carts;
    @Inject
    Inventory inventory;
    @Inject
    Prices prices;
    @Inject
    ConsortiumService consortia;
    @Inject
    CartPricing pricing;
    @Inject
    Clock clock;

    @Transactional
    public CartView open(String currency) {
        ConsortiumView consortium = consortia.here();
        prices.in(currency, consortium);
        Cart cart = new Cart();
        // Version 4: 122 bits from SecureRandom; the id is the only key to the cart
        cart.id = UUID.randomUUID();
        cart.currency = currency == null ? consortium.baseCurrency() : currency;
        cart.createdAt = clock.instant();
        cart.updatedAt = cart.createdAt;
        carts.persist(cart);
        return pricing.view(cart, List.of());
    }

    @Transactional
    public CartView get(UUID id) {
        return get(id, null);
    }

    /** The cart with its shipping to {@code country} (an ISO code), or without when none is given. */
    @Transactional
    public CartView get(UUID id, String country) {
        Cart cart = load(id);
        return pricing.view(cart, carts.lines(id), country);
    }

    @Transactional
    public CartView add(UUID id, NewLine request) {
        Cart cart = open(id);
        Map<UUID, Sellable> found = inventory.sellable(List.of(request.variantId()));
        if (!found.containsKey(request.variantId())) {
            // one this shop sold, now withdrawn, is named; an id it never had is the caller's mistake
            throw inventory.skuOf(request.variantId()).<RuntimeException> map(sku -> new Conflict(sku
                    + " is no longer on sale")).orElseGet(() -> new InvalidInput("variantId",
                            "is not a product on sale in this shop"));
        }
        Optional<CartLine> existing = carts.lineOf(id, request.variantId());
        int quantity = existing.map(l -> l.quantity).orElse(0) + request.quantity();
        if (quantity > 99) {
            throw new InvalidInput("quantity", "a cart holds at most 99 of one item");
        }
        existing.ifPresentOrElse(l -> l.quantity = quantity, () -> newLine(cart, request.variantId(), quantity));
        return touched(cart);
    }

    @Transactional
    public CartView change(UUID id, UUID lineId, Quantity request) {
        Cart cart = open(id);
        carts.line(id, lineId).orElseThrow(() -> new NotFound("No such line")).quantity = request.quantity();
        return touched(cart);
    }

    @Transactional
    public CartView remove(UUID id, UUID lineId) {
        Cart cart = open(id);
        carts.getEntityManager().remove(carts.line(id, lineId).orElseThrow(() -> new NotFound("No such line")));
        return touched(cart);
    }

    @Transactional
    public void discard(UUID id) {
        carts.delete(load(id));
    }

    Cart load(UUID id) {
        return carts.cart(id).orElseThrow(() -> new NotFound("No such cart"));
    }

    /**
     * The cart, locked until the transaction ends: two tabs or a double click on one cart queue here
     * instead of failing on each other's line or version.
     */
    Cart locked(UUID id) {
        return carts.lockedCart(id).orElseThrow(() -> new NotFound("No such cart"));
    }

    private Cart open(UUID id) {
        Cart cart = locked(id);
        if (cart.orderId != null) {
            throw new Conflict("This cart became an order and is closed");
        }
        return cart;
    }

    private void newLine(Cart cart, UUID variantId, int quantity) {
        CartLine line = new CartLine();
        line.id = Ids.next();
        line.cartId = cart.id;
        line.variantId = variantId;
        line.quantity = quantity;
        line.addedAt = clock.instant();
        carts.getEntityManager().persist(line);
    }

    private CartView touched(Cart cart) {
        cart.updatedAt = clock.instant();
        carts.flush();
        return pricing.view(cart, carts.lines(cart.id));
    }
}
