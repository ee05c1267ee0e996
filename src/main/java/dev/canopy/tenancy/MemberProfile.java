package dev.canopy.tenancy;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.canopy.platform.validation.CountryCode;

/** A change to a member's profile: only the fields present change; status is the manager's alone. */
public record MemberProfile(
        @Size(min = 1, max = 120) String name,
        @Size(max = 120) String region,
        @Size(max = 120) String craft,
        @CountryCode String country,
        @Email @Size(max = 254) String contactEmail,
        @JsonDeserialize(using = Stories.Json.class) @Size(max = 10) Map<@NotNull String, @Size(max = 5000) String> story,
        Member.Status status,
        @Valid PostalAddress address) {

    /** A change of the story alone, as the portal's form sends it. */
    public static MemberProfile story(Map<String, String> story) {
        return new MemberProfile(null, null, null, null, null, story, null, null);
    }

    /** {@code languages}: the consortium's, which a story is written in. */
    void applyTo(Member m, List<String> languages) {
        if (name != null) {
            m.name = name;
        }
        if (region != null) {
            m.region = region;
        }
        if (craft != null) {
            m.craft = craft;
        }
        if (country != null) {
            m.country = country;
        }
        if (contactEmail != null) {
            m.contactEmail = contactEmail;
        }
        if (story != null) {
            m.story = Stories.merged(m.story, story, languages);
        }
        if (status != null) {
            m.status = status;
        }
        if (address != null) {
            m.address = address.normal();
        }
    }
}
