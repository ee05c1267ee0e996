package dev.canopy.storefront;

import dev.canopy.tenancy.ConsortiumView;

/**
 * What every storefront page knows of its shopper: the brand, the language its texts are in, the
 * chosen currency, whether prices can be shown in it (false while the brand has no rate) and how
 * many items are in the cart.
 */
public record Shop(ConsortiumView consortium, String language, String currency, boolean priced, int inCart) {

    public String home() {
        return "/shop/" + consortium.slug() + "/";
    }
}
