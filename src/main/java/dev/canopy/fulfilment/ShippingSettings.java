package dev.canopy.fulfilment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Access;
import dev.canopy.platform.Ids;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;

/** The manager's view and replacement of the consortium's zones and rates. */
@ApplicationScoped
public class ShippingSettings {

    @Inject
    ShippingRepository shipping;
    @Inject
    MemberService members;
    @Inject
    Access access;

    /** Whether the workshops or the hub hand the parcels to the post; callers check who may. */
    @Transactional
    public ShippingPolicy.Model model() {
        return shipping.model();
    }

    @Transactional
    public ShippingSetup current() {
        access.requireInsider("consortium");
        Map<UUID, String> slugs = members.activeWorkshops().stream()
                .collect(Collectors.toMap(MemberView::id, MemberView::slug));
        Map<UUID, List<ShippingRate>> rates = shipping.allRates().stream()
                .collect(Collectors.groupingBy(r -> r.zoneId));
        List<ShippingSetup.Zone> zones = shipping.zones().stream().map(z -> new ShippingSetup.Zone(z.name,
                z.countries, rates.getOrDefault(z.id, List.of()).stream()
                        .map(r -> new ShippingSetup.Rate(r.memberId == null ? null : slugs.get(r.memberId),
                                r.perParcel, r.perKg))
                        .toList(),
                z.minDays, z.maxDays))
                .toList();
        return new ShippingSetup(shipping.model(), zones);
    }

    @Transactional
    public ShippingSetup replace(ShippingSetup setup) {
        access.requireManager("consortium");
        Map<String, UUID> ids = setup.zones().stream().flatMap(z -> z.rates().stream())
                .map(ShippingSetup.Rate::member).filter(java.util.Objects::nonNull).distinct()
                .collect(Collectors.toMap(Function.identity(), slug -> members.get(slug).id()));
        shipping.clear();
        ShippingPolicy policy = new ShippingPolicy();
        policy.id = Ids.next();
        policy.model = setup.model();
        shipping.persist(policy);
        for (int i = 0; i < setup.zones().size(); i++) {
            store(setup.zones().get(i), i, ids);
        }
        return current();
    }

    private void store(ShippingSetup.Zone z, int position, Map<String, UUID> memberIds) {
        ShippingZone zone = new ShippingZone();
        zone.id = Ids.next();
        zone.position = position;
        zone.name = z.name();
        zone.countries = List.copyOf(z.countries());
        zone.minDays = z.minDays();
        zone.maxDays = z.maxDays();
        shipping.persist(zone);
        z.rates().forEach(r -> {
            ShippingRate rate = new ShippingRate();
            rate.id = Ids.next();
            rate.zoneId = zone.id;
            rate.memberId = r.member() == null ? null : memberIds.get(r.member());
            rate.perParcel = r.perParcel();
            rate.perKg = r.perKg();
            shipping.persist(rate);
        });
    }
}
