package dev.canopy.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntUnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.media.MediaLibrary;
import dev.canopy.media.MediaLibrary.StoredImage;
import dev.canopy.media.MediaLibrary.Upload;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** A product's photos: stored by the media library, listed on the product, reviewed like its texts. */
@ApplicationScoped
public class ProductImageService {

    static final int MOST_IMAGES = 12;

    /** A photo as a form sent it: its bytes, read once. */
    public interface PhotoFile {
        InputStream open() throws IOException;
    }

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
        MemberView member = allowedWithRoomFor(1, memberSlug, productId);
        Upload stored = media.store(member.id(), upload, alt);
        return record(member, productId, List.of(stored), alt).get(0);
    }

    /**
     * Several photos sent at once, appended in the order given, all or none: each is checked and stored
     * first (outside any transaction), then all are recorded in one short transaction.
     */
    @Transactional(Transactional.TxType.NEVER)
    public List<StoredImage> addAll(String memberSlug, UUID productId, List<PhotoFile> files, String alt) {
        MemberView member = allowedWithRoomFor(files.size(), memberSlug, productId);
        List<Upload> stored = new ArrayList<>();
        for (PhotoFile file : files) {
            try (InputStream upload = file.open()) {
                stored.add(media.store(member.id(), upload, alt));
            } catch (IOException e) {
                throw new InvalidInput("photos", "The upload could not be read to its end");
            }
        }
        return record(member, productId, stored, alt);
    }

    /** The photo becomes the product's main one: the first, which shop pages and feeds show. */
    @Transactional
    public void makeMain(String memberSlug, UUID productId, UUID imageId) {
        move(memberSlug, productId, imageId, at -> 0);
    }

    /** The photo swaps places with the one before it. */
    @Transactional
    public void moveEarlier(String memberSlug, UUID productId, UUID imageId) {
        move(memberSlug, productId, imageId, at -> Math.max(0, at - 1));
    }

    private void move(String memberSlug, UUID productId, UUID imageId, IntUnaryOperator to) {
        Product product = load(members.get(memberSlug), productId);
        List<ProductImage> images = new ArrayList<>(product.images);
        int at = indexOf(images, imageId);
        int target = to.applyAsInt(at);
        if (target != at) {
            images.add(target, images.remove(at));
            product.edited(clock.instant());
            product.images = images;
        }
    }

    private static int indexOf(List<ProductImage> images, UUID imageId) {
        for (int i = 0; i < images.size(); i++) {
            if (images.get(i).id().equals(imageId)) {
                return i;
            }
        }
        throw new NotFound("No such image");
    }

    private MemberView allowedWithRoomFor(int count, String memberSlug, UUID productId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MemberView allowed = members.get(memberSlug);
            roomFor(load(allowed, productId), count);
            return allowed;
        });
    }

    private List<StoredImage> record(MemberView member, UUID productId, List<Upload> stored, String alt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Product product = roomFor(load(member, productId), stored.size());
            product.edited(clock.instant());
            List<ProductImage> images = new ArrayList<>(product.images);
            stored.forEach(upload -> images.add(new ProductImage(upload.id(), alt)));
            product.images = images;
            return stored.stream().map(media::record).toList();
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

    private static Product roomFor(Product product, int count) {
        if (product.images.size() + count > MOST_IMAGES) {
            throw new Conflict("A product shows at most " + MOST_IMAGES + " images");
        }
        return product;
    }

    /** After an approval, images neither the new version nor the working copy shows are deleted. */
    void forgetReplaced(List<ProductImage> before, Product product) {
        before.stream().filter(i -> !product.images.contains(i)).map(ProductImage::id).forEach(media::delete);
    }
}
