package dev.canopy.fulfilment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.canopy.platform.Countries;

/** Zones a manager picks instead of listing countries; the rest of the world is every country ({@code *}). */
public enum ReadyZone {

    eu(Countries.europeanUnion()),
    europe(Countries.europeOutsideEu()),
    north_america(Countries.northAmerica()),
    world(Set.of(ShippingZone.WORLD));

    private final List<String> countries;

    ReadyZone(Set<String> countries) {
        this.countries = List.copyOf(new TreeSet<>(countries));
    }

    public List<String> countries() {
        return countries;
    }

    /** The ready zone with exactly these countries, if one has. */
    public static Optional<ReadyZone> matching(List<String> countries) {
        Set<String> asked = new TreeSet<>(countries);
        return Arrays.stream(values()).filter(z -> asked.equals(new TreeSet<>(z.countries))).findFirst();
    }
}
