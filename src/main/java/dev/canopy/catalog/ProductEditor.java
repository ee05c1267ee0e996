package dev.canopy.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.catalog.ProductDraft.VariantDraft;
import dev.canopy.platform.Ids;
import dev.canopy.platform.Money;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;

/** Applies an artisan's draft to a product and its variants. */
@ApplicationScoped
class ProductEditor {

    @Inject
    VariantRepository variants;
    @Inject
    CategoryRepository categories;

    void apply(ProductDraft d, Product p, Instant at) {
        if (d.touchesReviewedFields()) {
            p.edited(at);
        }
        if (d.title() != null) {
            p.title = new HashMap<>(d.title());
        }
        if (d.description() != null) {
            p.description = new HashMap<>(d.description());
        }
        if (d.care() != null) {
            p.care = new HashMap<>(d.care());
        }
        if (d.category() != null) {
            p.categoryId = d.category().isBlank() ? null : categoryId(d.category());
        }
        if (d.materials() != null) {
            p.materials = new ArrayList<>(d.materials());
        }
        p.technique = d.technique() != null ? d.technique() : p.technique;
        p.hsCode = d.hsCode() != null ? d.hsCode() : p.hsCode;
        p.originCountry = d.originCountry() != null ? d.originCountry() : p.originCountry;
        p.weightGrams = d.weightGrams() != null ? d.weightGrams() : p.weightGrams;
        p.leadTimeDays = d.leadTimeDays() != null ? d.leadTimeDays() : p.leadTimeDays;
        p.oneOfAKind = d.oneOfAKind() != null ? d.oneOfAKind() : p.oneOfAKind;
        if (d.weeklyCapacity() != null) {
            p.weeklyCapacity = d.weeklyCapacity() == 0 ? null : d.weeklyCapacity();
        }
        if (d.variants() != null) {
            replaceVariants(p, d.variants(), at);
        }
        p.updatedAt = at;
    }

    /**
     * Variants with an id are updated, without one created, and those left out removed (taking a piece
     * off sale needs no review, like stock). On a published product new prices and new variants wait
     * for the brand's review, and the product goes back to it as after a text edit.
     */
    private void replaceVariants(Product p, List<VariantDraft> drafts, Instant at) {
        if (drafts.stream().map(VariantDraft::sku).distinct().count() < drafts.size()) {
            throw new InvalidInput("variants", "each variant needs its own SKU");
        }
        Map<UUID, Variant> existing = variants.ofProduct(p.id).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
        List<Variant> kept = new ArrayList<>();
        boolean toReview = false;
        for (int i = 0; i < drafts.size(); i++) {
            VariantDraft draft = drafts.get(i);
            Variant variant = draft.id() == null ? newVariant(p) : existing.remove(draft.id());
            if (variant == null) {
                throw new InvalidInput("variants[" + i + "].id", "is not a variant of this product");
            }
            fill(variant, draft, i);
            toReview |= price(p, variant, draft.price());
            kept.add(variant);
        }
        if (toReview) {
            p.edited(at);
        }
        existing.values().forEach(variants::delete);
        variants.flush();
        kept.stream().filter(v -> !variants.isPersistent(v)).forEach(variants::persist);
        p.offers(kept);
    }

    /** Sets the asked price; answers whether it waits for the brand's review. */
    private boolean price(Product p, Variant v, Money asked) {
        if (p.live == null || v.awaitingReview) {
            v.price(asked);
            return false;
        }
        if (!variants.isPersistent(v)) {
            v.price(asked);
            v.awaitingReview = true;
            return true;
        }
        return v.propose(asked);
    }

    private Variant newVariant(Product p) {
        Variant variant = new Variant();
        variant.id = Ids.next();
        variant.productId = p.id;
        variant.consortiumId = p.consortiumId;
        return variant;
    }

    private void fill(Variant v, VariantDraft draft, int position) {
        if (variants.skuTakenByAnother(draft.sku(), v.id)) {
            throw new Conflict("The SKU " + draft.sku() + " is taken in this consortium");
        }
        v.position = position;
        v.sku = draft.sku();
        v.options = draft.options() == null ? Map.of() : Map.copyOf(draft.options());
        v.stock = draft.stock();
    }

    private UUID categoryId(String slug) {
        return categories.bySlug(slug).map(c -> c.id)
                .orElseThrow(() -> new InvalidInput("category", "no category " + slug + " in this consortium"));
    }
}
