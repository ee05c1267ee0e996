package dev.canopy.storefront;

import dev.canopy.tenancy.ConsortiumView;

/**
 * What every storefront page knows of its shopper: the brand, the language its texts are in, the
 * chosen currency and whether prices can be shown in it (false while the brand has no rate).
 */
public record Shop(ConsortiumView consortium, String language, String currency, boolean priced) {

    public String home() {
        return "/shop/" + consortium.slug() + "/";
    }
}
