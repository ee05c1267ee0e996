package dev.canopy.ordering;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.catalog.Inventory;
import dev.canopy.catalog.Inventory.Sellable;
import dev.canopy.catalog.pricing.Conversion;
import dev.canopy.catalog.pricing.Prices;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;

/** Prices a cart from the catalog as it is now, in the cart's currency at today's rate. */
@ApplicationScoped
class CartPricing {

    @Inject
    Inventory inventory;
    @Inject
    Prices prices;
    @Inject
    ConsortiumService consortia;
    @Inject
    ShippingCharge shipping;
    @Inject
    ShippingQuotes quotes;

    CartView view(Cart cart, List<CartLine> lines) {
        return view(cart, lines, null);
    }

    /** The cart, and with a {@code country} its shipping there; a country is an ISO code checked before. */
    CartView view(Cart cart, List<CartLine> lines, String country) {
        ConsortiumView consortium = consortia.here();
        Conversion conversion = prices.in(cart.currency, consortium);
        Map<UUID, Sellable> sellable = inventory.sellable(lines.stream().map(l -> l.variantId).toList());
        String language = consortium.languages().get(0);
        List<CartView.Line> views = lines.stream().map(l -> Optional.ofNullable(sellable.get(l.variantId))
                .map(s -> line(l, s, conversion, language))
                .orElseGet(() -> unavailable(l, cart.currency))).toList();
        long total = views.stream().filter(CartView.Line::available).mapToLong(v -> v.lineTotal().amount())
                .reduce(0, Math::addExact);
        Money items = Money.of(total, cart.currency);
        return new CartView(cart.id, cart.currency, views, items, cart.orderId == null,
                country == null ? null : destination(country, lines, sellable, conversion, items));
    }

    private CartView.Destination destination(String country, List<CartLine> lines, Map<UUID, Sellable> sellable,
            Conversion conversion, Money items) {
        ShippingCharge.Charge charge = shipping.of(country, lines, sellable, conversion);
        Map<UUID, List<UUID>> byMember = lines.stream().filter(l -> sellable.containsKey(l.variantId))
                .collect(Collectors.groupingBy(l -> sellable.get(l.variantId).memberId(), LinkedHashMap::new,
                        Collectors.mapping(l -> l.id, Collectors.toList())));
        Optional<ShippingQuotes.Delivery> delivery = quotes.delivery(country);
        Map<UUID, String> makers = sellable.values().stream()
                .collect(Collectors.toMap(Sellable::memberId, Sellable::maker, (one, same) -> one));
        List<CartView.Parcel> parcels = byMember.entrySet().stream().map(e -> new CartView.Parcel(
                makers.get(e.getKey()), e.getValue(), charge.perMember().get(e.getKey()),
                delivery.map(d -> d.after(makingDays(e.getValue(), lines, sellable))).orElse(null))).toList();
        Money total = charge.served() ? Money.of(Math.addExact(items.amount(), charge.total().amount()), items.currency())
                : null;
        return new CartView.Destination(country, charge.served(), charge.total(), total, parcels);
    }

    /** The most days a maker needs for the pieces of these lines beyond its stock; 0 when all are ready. */
    private static int makingDays(List<UUID> parcelLines, List<CartLine> lines, Map<UUID, Sellable> sellable) {
        return lines.stream().filter(l -> parcelLines.contains(l.id)).map(l -> sellable.get(l.variantId))
                .filter(s -> s.madeToOrder()).mapToInt(Sellable::leadTimeDays).max().orElse(0);
    }

    private static CartView.Line line(CartLine l, Sellable s, Conversion conversion, String language) {
        Money unit = conversion.show(s.price());
        String title = Optional.ofNullable(s.title().get(language)).orElse(s.title().values().iterator().next());
        return new CartView.Line(l.id, l.variantId, s.sku(), title, s.options(), s.maker(), l.quantity, unit,
                Money.of(Math.multiplyExact(unit.amount(), l.quantity), unit.currency()), s.orderable(l.quantity),
                s.stock() < l.quantity && s.madeToOrder() ? s.leadTimeDays() : null);
    }

    /** A product withdrawn since it was added: shown, not counted, refused at checkout. */
    private static CartView.Line unavailable(CartLine l, String currency) {
        return new CartView.Line(l.id, l.variantId, null, null, Map.of(), null, l.quantity, Money.of(0, currency),
                Money.of(0, currency), false, null);
    }
}
