package dev.canopy.storefront;

import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.FormParam;

import dev.canopy.ordering.CheckoutRequest;
import dev.canopy.ordering.ShippingAddress;

/**
 * The checkout form as the shopper sent it, so a refused form comes back as typed. {@code key} is
 * the Idempotency-Key, made when the page was first shown: sending the form twice makes one order.
 */
public class CheckoutForm {

    @FormParam("key")
    public String key;
    @FormParam("email")
    public String email;
    @FormParam("name")
    public String name;
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
    @FormParam("currency")
    public String currency;
    /** card or bank_transfer; the shop's default when absent. */
    @FormParam("paymentMethod")
    public String paymentMethod;
    /** Sent by the "change country" button: show the address fields of the chosen country, order nothing. */
    @FormParam("refresh")
    public String refresh;

    static CheckoutForm fresh(String country, String currency) {
        CheckoutForm form = new CheckoutForm();
        form.country = country;
        form.currency = currency;
        return form.withKey();
    }

    /** The form with a key of its own when it came without a usable one. */
    CheckoutForm withKey() {
        if (key == null || !key.matches("[0-9a-f-]{36}")) {
            key = UUID.randomUUID().toString();
        }
        return this;
    }

    boolean refreshing() {
        return refresh != null;
    }

    /** The country's code, or an empty one while none is chosen. */
    String countryCode() {
        String code = Forms.text(country);
        return code == null ? "" : code.toUpperCase(Locale.ROOT);
    }

    CheckoutRequest toRequest(String language) {
        return new CheckoutRequest(Forms.text(email), new ShippingAddress(Forms.text(name), Forms.text(line1),
                Forms.text(line2), Forms.text(city), Forms.text(postalCode), Forms.text(region),
                Forms.text(countryCode())), Forms.text(currency), Forms.text(paymentMethod), language);
    }
}
