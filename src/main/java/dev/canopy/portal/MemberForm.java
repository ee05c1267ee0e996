package dev.canopy.portal;

import jakarta.ws.rs.FormParam;

import dev.canopy.platform.web.Csrf;
import dev.canopy.tenancy.NewMember;

/** The portal's "admit a member" form; blank fields count as absent. */
public class MemberForm {

    @FormParam("slug")
    public String slug;
    @FormParam("name")
    public String name;
    @FormParam("craft")
    public String craft;
    @FormParam("region")
    public String region;
    @FormParam("country")
    public String country;
    @FormParam("contactEmail")
    public String contactEmail;
    @FormParam(Csrf.FIELD)
    public String csrf;

    NewMember toNewMember() {
        return new NewMember(blankToNull(slug), blankToNull(name), blankToNull(region), blankToNull(craft),
                blankToNull(country) == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT),
                blankToNull(contactEmail), null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
