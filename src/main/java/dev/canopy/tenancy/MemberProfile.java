package dev.canopy.tenancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import dev.canopy.platform.validation.CountryCode;

/** A change to a member's profile: only the fields present change; status is the manager's alone. */
public record MemberProfile(
        @Size(min = 1, max = 120) String name,
        @Size(max = 120) String region,
        @Size(max = 120) String craft,
        @CountryCode String country,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 5000) String story,
        Member.Status status,
        @Valid PostalAddress address) {

    void applyTo(Member m) {
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
            m.story = story;
        }
        if (status != null) {
            m.status = status;
        }
        if (address != null) {
            m.address = address.normal();
        }
    }
}
