package dev.canopy.media;

import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.canopy.identity.Access;
import dev.canopy.media.storage.ObjectStorage;
import dev.canopy.media.storage.ObjectStorage.StoredObject;
import dev.canopy.platform.Ids;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.TenantContext;
import io.micrometer.core.annotation.Counted;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The images of the current consortium: taken in, stored, found and removed. Storage is never called
 * inside a transaction: an upload is stored first and recorded after, a removal is recorded and its
 * objects swept later ({@link OrphanSweeper}), so a row never lacks its objects. Storing and removing
 * check no roles (the catalog decides who may change a product's pictures); serving decides who sees one.
 */
@ApplicationScoped
public class MediaLibrary {

    public record StoredImage(UUID id, String url, String thumbnailUrl) {
    }

    /** An upload in storage that no row records yet; {@link #record} makes it an image. */
    public static final class Upload {
        private final Image image;

        private Upload(Image image) {
            this.image = image;
        }

        public UUID id() {
            return image.id;
        }

        /** The display size's width and height, in pixels. */
        public int width() {
            return image.width;
        }

        public int height() {
            return image.height;
        }
    }

    private static final int MAX_ALT_TEXT = 500;

    @Inject
    ImageIntake intake;
    @Inject
    ObjectStorage storage;
    @Inject
    ImageRepository images;
    @Inject
    StorefrontImages storefront;
    @Inject
    Access access;
    @Inject
    ConsortiumService consortia;
    @Inject
    TenantContext tenant;
    @Inject
    Clock clock;

    /**
     * Validates, re-encodes and stores an upload for a member of the current consortium, or for the
     * brand itself when {@code memberId} is null; call it outside a transaction.
     */
    public Upload store(UUID memberId, InputStream upload, String altText) {
        UUID consortiumId = tenant.require().id();
        String alt = altText == null || altText.isBlank() ? null : altText.strip();
        if (alt != null && alt.length() > MAX_ALT_TEXT) {
            throw new InvalidInput("The alternative text may have at most " + MAX_ALT_TEXT + " characters");
        }
        Renditions renditions = intake.accept(upload);
        Image image = Image.of(Ids.next(), consortiumId, memberId, renditions, alt, clock.instant());
        for (Rendition rendition : Rendition.values()) {
            // if the second put fails, the first object is an orphan the sweeper removes
            storage.put(rendition.key(consortiumId, image.id), rendition.of(renditions), Rendition.CONTENT_TYPE);
        }
        return new Upload(image);
    }

    /** Records a stored upload as an image, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    @Counted(value = "canopy.images.stored", description = "Images taken in and stored")
    public StoredImage record(Upload upload) {
        images.persist(upload.image);
        return view(upload.image.id);
    }

    /** Removes the image's row; its objects go with the next sweep. */
    @Transactional
    public void delete(UUID imageId) {
        images.delete(images.findByIdOptional(imageId).orElseThrow(() -> new NotFound("No such image")));
    }

    @Transactional
    public Optional<StoredImage> find(UUID imageId) {
        return images.findByIdOptional(imageId).map(image -> view(image.id));
    }

    /** The display sizes of the images among {@code imageIds}; an id without a row is left out. */
    @Transactional
    public Map<UUID, ImageSize> sizes(Collection<UUID> imageIds) {
        return imageIds.isEmpty() ? Map.of() : images.sizes(imageIds);
    }

    public String url(UUID imageId) {
        return Rendition.DISPLAY.url(tenant.require().slug(), imageId);
    }

    public String thumbnailUrl(UUID imageId) {
        return Rendition.THUMBNAIL.url(tenant.require().slug(), imageId);
    }

    /** A rendition for anyone, of an image the storefront shows. */
    Optional<StoredObject> openShown(UUID imageId, Rendition rendition) {
        return open(imageId, rendition, image -> image.ownerMemberId == null ? showsAsHero(image.id)
                : storefront.shows(image.ownerMemberId, image.id));
    }

    /** A brand's own picture is public while it is the home's hero picture. */
    private boolean showsAsHero(UUID imageId) {
        return Optional.ofNullable(consortia.here().hero()).filter(hero -> hero.image().equals(imageId)).isPresent();
    }

    /** A rendition for the portal: the consortium's managers and the artisans of the image's member see it. */
    Optional<StoredObject> openForInsider(UUID imageId, Rendition rendition) {
        return open(imageId, rendition, image -> {
            access.requireMember(image.ownerMemberId, "image");
            return true;
        });
    }

    /** The row is read in a short transaction of its own; the object is streamed after it has ended. */
    private Optional<StoredObject> open(UUID imageId, Rendition rendition, Predicate<Image> visible) {
        boolean found = QuarkusTransaction.requiringNew()
                .call(() -> images.findByIdOptional(imageId).filter(visible).isPresent());
        return found ? storage.get(rendition.key(tenant.require().id(), imageId)) : Optional.empty();
    }

    private StoredImage view(UUID imageId) {
        return new StoredImage(imageId, url(imageId), thumbnailUrl(imageId));
    }
}
