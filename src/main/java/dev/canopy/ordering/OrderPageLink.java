package dev.canopy.ordering;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.StorefrontAddress;

/** The shopper's own page of an order, absolute and in the checkout's language: for mails and the card page's way back. */
@ApplicationScoped
class OrderPageLink {

    @Inject
    StorefrontAddress storefront;

    String of(Order order, ConsortiumView consortium) {
        // The brand's first language is the page's default, so only another one is asked for
        String language = order.language.equals(consortium.languages().get(0)) ? "" : "&lang=" + order.language;
        return storefront.of(consortium) + "orders/" + order.number + "?token="
                + URLEncoder.encode(order.token, StandardCharsets.UTF_8) + language;
    }
}
