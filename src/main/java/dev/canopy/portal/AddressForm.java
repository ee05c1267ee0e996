package dev.canopy.portal;

import java.util.Locale;

import jakarta.ws.rs.FormParam;

import dev.canopy.platform.web.Csrf;
import dev.canopy.tenancy.PostalAddress;

/** The workshop's street address as the member page's form sends it; blank fields count as absent. */
public class AddressForm {

    @FormParam("line1")
    public String line1;
    @FormParam("line2")
    public String line2;
    @FormParam("city")
    public String city;
    @FormParam("postalCode")
    public String postalCode;
    @FormParam("region")
    public String region;
    @FormParam("country")
    public String country;
    @FormParam(Csrf.FIELD)
    public String csrf;

    PostalAddress toAddress() {
        return new PostalAddress(blankToNull(line1), blankToNull(line2), blankToNull(city), blankToNull(postalCode),
                blankToNull(region), blankToNull(country) == null ? null : country.trim().toUpperCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
