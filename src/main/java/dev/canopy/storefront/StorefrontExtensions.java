package dev.canopy.storefront;

import dev.canopy.tenancy.ConsortiumView;
import io.quarkus.qute.TemplateExtension;

@TemplateExtension
class StorefrontExtensions {

    static String currencyList(ConsortiumView consortium) {
        return String.join(", ", consortium.currencies());
    }
}
