package dev.canopy.tenancy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record ConsortiumView(UUID id, String slug, String name, Map<String, String> story, String logo, String primaryColor,
        String baseCurrency, List<String> currencies, List<String> languages, BigDecimal commissionRate,
        String country, List<String> domains, String timeZone, Hero hero) {

    static ConsortiumView of(Consortium c) {
        return new ConsortiumView(c.id, c.slug, c.name, Stories.shown(c.story), c.logo, c.primaryColor, c.baseCurrency,
                List.copyOf(c.currencies), List.copyOf(c.languages), c.commissionRate, c.country,
                List.copyOf(c.domains), c.timeZone, c.hero);
    }
}
