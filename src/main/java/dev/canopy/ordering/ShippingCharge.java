package dev.canopy.ordering;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.catalog.Inventory.Sellable;
import dev.canopy.catalog.pricing.Conversion;
import dev.canopy.platform.Money;

/**
 * Shipping of a cart's parcels (one per member) to a destination, in the shopper's currency. The cart
 * shows it and checkout charges it through this one computation, so the price quoted is the price paid.
 */
@ApplicationScoped
class ShippingCharge {

    /**
     * {@code perMember} is empty where the consortium ships one parcel from its hub; the total is then
     * the hub's price. Otherwise the total is the sum of the parcels as shown, not a conversion of theirs.
     */
    record Charge(boolean served, Map<UUID, Money> perMember, Money total) {
    }

    @Inject
    ShippingQuotes quotes;

    Charge of(String country, List<CartLine> lines, Map<UUID, Sellable> sellable, Conversion conversion) {
        ShippingQuotes.Quote quote = quotes.quote(country, parcels(lines, sellable));
        if (!quote.served()) {
            return new Charge(false, Map.of(), null);
        }
        if (quote.perMember().isEmpty()) {
            return new Charge(true, Map.of(), shown(quote.total(), conversion));
        }
        Map<UUID, Money> perMember = quote.perMember().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> shown(e.getValue(), conversion)));
        long total = perMember.values().stream().mapToLong(Money::amount).reduce(0, Math::addExact);
        return new Charge(true, perMember, Money.of(total, conversion.target()));
    }

    /** The weight each member sends; lines no longer on sale weigh nothing (checkout refuses them). */
    private static List<ShippingQuotes.Parcel> parcels(List<CartLine> lines, Map<UUID, Sellable> sellable) {
        return lines.stream().filter(l -> sellable.containsKey(l.variantId))
                .collect(Collectors.groupingBy(l -> sellable.get(l.variantId).memberId(),
                        Collectors.summingInt(l -> l.quantity
                                * Optional.ofNullable(sellable.get(l.variantId).weightGrams()).orElse(0))))
                .entrySet().stream().map(e -> new ShippingQuotes.Parcel(e.getKey(), e.getValue())).toList();
    }

    private static Money shown(long base, Conversion conversion) {
        return conversion.exact(Money.of(base, conversion.base()));
    }
}
