package dev.canopy.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.canopy.identity.Access;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.micrometer.core.annotation.Counted;

/** The brand's review: managers approve members' products before shoppers see them. */
@ApplicationScoped
public class ReviewService {

    public record Rejection(@NotBlank @Size(max = 2000) String reason) {
    }

    public record PendingProduct(ProductView product, String memberName) {
    }

    @Inject
    ProductRepository products;
    @Inject
    ProductService catalog;
    @Inject
    MemberService members;
    @Inject
    Access access;
    @Inject
    ProductImageService images;
    @Inject
    VariantReview variantReview;
    @Inject
    Clock clock;

    @Transactional
    public ListView<PendingProduct> pending(PageRequest page) {
        access.requireManager("consortium");
        List<Product> pending = products.pendingReview(page.page, page.size);
        Map<UUID, MemberView> makers = members.withIds(pending.stream().map(p -> p.memberId).distinct().toList())
                .stream().collect(Collectors.toMap(MemberView::id, Function.identity()));
        List<PendingProduct> items = pending.stream()
                .map(p -> new PendingProduct(catalog.view(p, makers.get(p.memberId)), makers.get(p.memberId).name()))
                .toList();
        return new ListView<>(items, products.countPendingReview());
    }

    @Transactional
    @Counted(value = "canopy.reviews", extraTags = { "decision", "approved" }, description = "Review decisions")
    public ProductView approve(UUID productId) {
        Product product = reviewed(productId);
        List<ProductImage> shownBefore = product.live == null ? List.of() : product.live.images();
        product.approve(clock.instant());
        variantReview.approved(product);
        images.forgetReplaced(shownBefore, product);
        return catalog.view(product, maker(product));
    }

    @Transactional
    @Counted(value = "canopy.reviews", extraTags = { "decision", "rejected" }, description = "Review decisions")
    public ProductView reject(UUID productId, Rejection rejection) {
        Product product = reviewed(productId);
        product.reject(rejection.reason(), clock.instant());
        variantReview.refused(product);
        return catalog.view(product, maker(product));
    }

    private Product reviewed(UUID productId) {
        access.requireManager("consortium");
        return products.findByIdOptional(productId).orElseThrow(() -> new NotFound("No such product"));
    }

    private MemberView maker(Product product) {
        return members.withIds(List.of(product.memberId)).get(0);
    }
}
