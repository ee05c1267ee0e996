package dev.canopy.catalog;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.media.MediaLibrary;
import dev.canopy.media.MediaLibrary.StoredImage;
import dev.canopy.media.MediaLibrary.Upload;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** A product's photos: stored by the media library, listed on the product, reviewed like its texts. */
@ApplicationScoped
public class ProductImageService {

    static final int MOST_IMAGES = 12;

    @Inject
    ProductRepository products;
    @Inject
    MemberService members;
    @Inject
    MediaLibrary media;
    @Inject
    Clock clock;

    /**
     * Checks, stores the photo, then records it on the product in a second short transaction: no
     * transaction waits on storage. Objects stored but never recorded are swept by media.
     */
    @Transactional(Transactional.TxType.NEVER)
    public StoredImage add(String memberSlug, UUID productId, InputStream upload, String alt) {
        MemberView member = QuarkusTransaction.requiringNew().call(() -> {
            MemberView allowed = members.get(memberSlug);
            roomFor(load(allowed, productId));
            return allowed;
        });
        Upload stored = media.store(member.id(), upload, alt);
        return QuarkusTransaction.requiringNew().call(() -> {
            Product product = roomFor(load(member, productId));
            product.edited(clock.instant());
            product.images = append(product, new ProductImage(stored.id(), alt));
            return media.record(stored);
        });
    }

    @Transactional
    public void remove(String memberSlug, UUID productId, UUID imageId) {
        MemberView member = members.get(memberSlug);
        Product product = load(member, productId);
        if (product.images.stream().noneMatch(i -> i.id().equals(imageId))) {
            throw new NotFound("No such image");
        }
        product.edited(clock.instant());
        product.images = product.images.stream().filter(i -> !i.id().equals(imageId)).toList();
        // The approved version may still show it until the next approval
        if (product.live == null || product.live.images().stream().noneMatch(i -> i.id().equals(imageId))) {
            media.delete(imageId);
        }
    }

    private Product load(MemberView member, UUID id) {
        return products.ofMember(member.id(), id).orElseThrow(() -> new NotFound("No such product"));
    }

    private static Product roomFor(Product product) {
        if (product.images.size() >= MOST_IMAGES) {
            throw new Conflict("A product shows at most " + MOST_IMAGES + " images");
        }
        return product;
    }

    private static List<ProductImage> append(Product product, ProductImage image) {
        List<ProductImage> images = new ArrayList<>(product.images);
        images.add(image);
        return images;
    }

    /** After an approval, images neither the new version nor the working copy shows are deleted. */
    void forgetReplaced(List<ProductImage> before, Product product) {
        before.stream().filter(i -> !product.images.contains(i)).map(ProductImage::id).forEach(media::delete);
    }
}
