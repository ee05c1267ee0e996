package dev.canopy.fulfilment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.fulfilment.ShippingPolicy.Model;
import dev.canopy.fulfilment.ShippingTable.Rate;
import dev.canopy.fulfilment.ShippingTable.Zone;
import dev.canopy.ordering.ShippingQuotes;
import dev.canopy.platform.cache.ShopCache;
import dev.canopy.tenancy.TenantContext;

/**
 * Prices parcels by destination zone. A consortium that has configured nothing ships to the whole
 * world for free ("shipping included in prices"), so a new shop can sell at once.
 */
@ApplicationScoped
public class ShippingRates implements ShippingQuotes {

    @Inject
    ShippingRepository shipping;
    @Inject
    ShopCache cache;
    @Inject
    TenantContext tenant;

    @Override
    @Transactional
    public Quote quote(String country, List<Parcel> parcels) {
        ShippingTable table = table();
        if (table.zones().isEmpty()) {
            // each workshop's parcel free, not one parcel from a hub
            return new Quote(true, parcels.stream().collect(Collectors.toMap(Parcel::memberId, p -> 0L)), 0);
        }
        Optional<Zone> zone = table.zoneOf(country);
        if (zone.isEmpty()) {
            return new Quote(false, Map.of(), 0);
        }
        List<Rate> rates = zone.get().rates();
        return table.model() == Model.hub ? viaHub(rates, parcels) : perMember(rates, parcels);
    }

    @Override
    @Transactional
    public Optional<Delivery> delivery(String country) {
        return table().zoneOf(country).filter(z -> z.minDays() != null && z.maxDays() != null)
                .map(z -> new Delivery(z.minDays(), z.maxDays()));
    }

    /** Read once per consortium until its shipping (or anything of its shop) changes. */
    private ShippingTable table() {
        return cache.get(tenant.require().id(),
                () -> ShippingTable.of(shipping.model(), shipping.zones(), shipping.allRates()), "shipping");
    }

    private static Quote viaHub(List<Rate> rates, List<Parcel> parcels) {
        int grams = parcels.stream().mapToInt(Parcel::weightGrams).sum();
        return defaultRate(rates).map(rate -> new Quote(true, Map.<UUID, Long> of(), rate.price(grams)))
                .orElseGet(() -> new Quote(false, Map.of(), 0));
    }

    private static Quote perMember(List<Rate> rates, List<Parcel> parcels) {
        Map<UUID, Long> prices = new HashMap<>();
        for (Parcel parcel : parcels) {
            Optional<Rate> rate = rates.stream().filter(r -> parcel.memberId().equals(r.memberId())).findFirst()
                    .or(() -> defaultRate(rates));
            if (rate.isEmpty()) {
                return new Quote(false, Map.of(), 0);
            }
            prices.put(parcel.memberId(), rate.get().price(parcel.weightGrams()));
        }
        return new Quote(true, prices, prices.values().stream().mapToLong(Long::longValue).sum());
    }

    private static Optional<Rate> defaultRate(List<Rate> rates) {
        return rates.stream().filter(r -> r.memberId() == null).findFirst();
    }
}
