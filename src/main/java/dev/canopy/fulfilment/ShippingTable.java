package dev.canopy.fulfilment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.canopy.fulfilment.ShippingPolicy.Model;

/**
 * A consortium's zones and rates as carts and checkouts price them: a copy that cannot change under
 * a reader, kept in the shop cache and dropped when the manager (or any replica) writes them.
 */
record ShippingTable(Model model, List<Zone> zones) {

    /** Destination countries priced alike, in the manager's order; {@code *} is the whole world. */
    record Zone(List<String> countries, Integer minDays, Integer maxDays, List<Rate> rates) {

        boolean covers(String country) {
            return countries.contains(ShippingZone.WORLD) || countries.contains(country);
        }
    }

    /** A parcel's price: per parcel plus per started kilogram, in base minor units; no member is the default. */
    record Rate(UUID memberId, long perParcel, long perKg) {

        long price(int grams) {
            return Math.addExact(perParcel, Math.multiplyExact(perKg, (grams + 999) / 1000));
        }
    }

    static ShippingTable of(Model model, List<ShippingZone> zones, List<ShippingRate> rates) {
        Map<UUID, List<Rate>> byZone = rates.stream().collect(Collectors.groupingBy(r -> r.zoneId,
                Collectors.mapping(r -> new Rate(r.memberId, r.perParcel, r.perKg), Collectors.toList())));
        return new ShippingTable(model, zones.stream().map(z -> new Zone(List.copyOf(z.countries), z.minDays, z.maxDays,
                List.copyOf(byZone.getOrDefault(z.id, List.of())))).toList());
    }

    Optional<Zone> zoneOf(String country) {
        return zones.stream().filter(z -> z.covers(country)).findFirst();
    }
}
