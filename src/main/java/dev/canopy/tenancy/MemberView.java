package dev.canopy.tenancy;

import java.util.Map;
import java.util.UUID;

public record MemberView(UUID id, String slug, String name, String region, String craft, String country,
        String contactEmail, Map<String, String> story, Member.Status status, PostalAddress address) {

    static MemberView of(Member m) {
        return new MemberView(m.id, m.slug, m.name, m.region, m.craft, m.country, m.contactEmail, Stories.shown(m.story),
                m.status,
                m.address);
    }
}
