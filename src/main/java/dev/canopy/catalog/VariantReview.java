package dev.canopy.catalog;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the brand's decision on a product does to its variants: approval puts the proposed prices and
 * the added variants on sale, refusal drops them, so shoppers only ever pay what a manager approved.
 */
@ApplicationScoped
class VariantReview {

    @Inject
    VariantRepository variants;

    void approved(Product p) {
        List<Variant> all = variants.ofProduct(p.id);
        all.forEach(Variant::approve);
        p.offers(all);
    }

    void refused(Product p) {
        List<Variant> all = variants.ofProduct(p.id);
        all.forEach(Variant::dropProposal);
        all.stream().filter(v -> v.awaitingReview).forEach(variants::delete);
        p.offers(all);
    }
}
