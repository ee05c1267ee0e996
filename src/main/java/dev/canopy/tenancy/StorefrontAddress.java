package dev.canopy.tenancy;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a consortium's storefront lives on the web, for every link that leaves the page (sitemap,
 * JSON-LD, canonical links, e-mails): on its custom domain, else under the configured public base
 * URL. Never from the request's Host header: a client forges it at will, and a cache would then
 * hand the forged links to everyone.
 */
@ApplicationScoped
public class StorefrontAddress {

    @ConfigProperty(name = "canopy.web.public-base-url")
    String publicBaseUrl;

    /** The storefront's absolute home, ending in a slash: {@code https://shop.example.com/shop/weavers/}. */
    public String of(ConsortiumView consortium) {
        // Domains are set by the operator or the brand's managers, so the first one is the brand's own
        String origin = consortium.domains().isEmpty() ? publicBaseUrl.replaceFirst("/+$", "")
                : "https://" + consortium.domains().get(0);
        return origin + "/shop/" + consortium.slug() + "/";
    }

    /** The portal's absolute address, ending in a slash, for links that come back to it (Stripe onboarding). */
    public String portal() {
        return publicBaseUrl.replaceFirst("/+$", "") + "/portal/";
    }
}
