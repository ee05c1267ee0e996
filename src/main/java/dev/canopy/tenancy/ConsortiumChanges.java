package dev.canopy.tenancy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Applies a settings change: only the fields present change. */
final class ConsortiumChanges {

    private ConsortiumChanges() {
    }

    static void apply(ConsortiumSettings s, Consortium c) {
        if (s.name() != null) {
            c.name = s.name();
        }
        if (s.logo() != null) {
            c.logo = s.logo();
        }
        if (s.primaryColor() != null) {
            c.primaryColor = s.primaryColor();
        }
        if (s.currencies() != null) {
            c.offer(c.baseCurrency, s.currencies());
        }
        if (s.languages() != null) {
            c.languages = List.copyOf(new LinkedHashSet<>(s.languages()));
        }
        if (s.story() != null) {
            // after the languages: a plain text is the story in the (new) first language
            c.story = Stories.merged(c.story, s.story(), c.languages);
        }
        if (s.commissionRate() != null) {
            c.commissionRate = s.commissionRate();
        }
        if (s.country() != null) {
            c.country = s.country();
        }
        if (s.timeZone() != null) {
            c.timeZone = s.timeZone();
        }
        if (s.domains() != null) {
            c.domains.clear();
            s.domains().stream().map(d -> d.toLowerCase(Locale.ROOT)).distinct().forEach(c.domains::add);
        }
    }
}
