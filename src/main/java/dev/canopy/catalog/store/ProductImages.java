package dev.canopy.catalog.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.canopy.catalog.ProductImage;
import dev.canopy.catalog.store.PublicProduct.Image;
import dev.canopy.media.ImageSize;
import dev.canopy.media.MediaLibrary;
import dev.canopy.media.StorefrontImages;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.TenantContext;

/** Links to a product's images as the app serves them from object storage, and which of them shoppers may see. */
@ApplicationScoped
class ProductImages implements StorefrontImages {

    // a photo whose row is gone (removed meanwhile) still gets a shape to hold its place: the usual 4:3
    private static final ImageSize UNKNOWN = new ImageSize(1600, 1200);

    @Inject
    MediaLibrary media;
    @Inject
    EntityManager em;
    @Inject
    TenantContext tenant;

    List<Image> of(ConsortiumView consortium, List<ProductImage> images) {
        Map<UUID, ImageSize> sizes = media.sizes(images.stream().map(ProductImage::id).toList());
        return images.stream().map(i -> image(i, sizes.getOrDefault(i.id(), UNKNOWN))).toList();
    }

    private Image image(ProductImage image, ImageSize size) {
        ImageSize thumbnail = size.thumbnail();
        return new Image(media.url(image.id()), media.thumbnailUrl(image.id()), image.alt(), size.width(),
                size.height(), thumbnail.width(), thumbnail.height());
    }

    /** What the public catalog lists: the approved version of a product of an active member. */
    @Override
    public boolean shows(UUID memberId, UUID imageId) {
        // the member's products only, so that product_of_member narrows the jsonb test to a handful of rows
        return !em.createNativeQuery("select 1 from product p join member m on m.consortium_id = p.consortium_id "
                + "and m.id = p.member_id where p.consortium_id = :consortium and p.member_id = :member "
                + "and p.live is not null and m.status = 'active' "
                + "and p.live -> 'images' @> jsonb_build_array(jsonb_build_object('id', cast(:image as text))) limit 1")
                .setParameter("consortium", tenant.require().id()).setParameter("member", memberId)
                .setParameter("image", imageId.toString()).getResultList().isEmpty();
    }
}
