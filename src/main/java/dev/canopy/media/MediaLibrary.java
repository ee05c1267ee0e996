package dev.canopy.media;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import dev.canopy.media.storage.ObjectStorage;
import dev.canopy.media.storage.ObjectStorage.StoredObject;
import dev.canopy.platform.Ids;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.platform.errors.Unavailable;
import dev.canopy.tenancy.TenantContext;
import io.micrometer.core.annotation.Counted;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The images of the current consortium: taken in, stored, found and removed. It does not check roles;
 * the catalog decides who may add or remove a product's pictures.
 */
@ApplicationScoped
public class MediaLibrary {

    public record StoredImage(UUID id, String url, String thumbnailUrl) {
    }

    private static final int MAX_ALT_TEXT = 500;

    @Inject
    ImageIntake intake;
    @Inject
    ObjectStorage storage;
    @Inject
    ImageRepository images;
    @Inject
    TenantContext tenant;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    Clock clock;

    /**
     * Validates, re-encodes and stores an upload for a member of the current consortium. Joins the
     * caller's transaction; if that does not commit, the stored objects are removed again.
     */
    @Counted(value = "canopy.images.stored", description = "Images taken in and stored")
    public StoredImage store(UUID memberId, InputStream upload, String altText) {
        UUID consortiumId = tenant.require().id();
        String alt = altText == null || altText.isBlank() ? null : altText.strip();
        if (alt != null && alt.length() > MAX_ALT_TEXT) {
            throw new InvalidInput("The alternative text may have at most " + MAX_ALT_TEXT + " characters");
        }
        Renditions renditions = intake.accept(upload);
        Image image = Image.of(Ids.next(), consortiumId, memberId, renditions, alt, clock.instant());
        put(consortiumId, image.id, renditions);
        QuarkusTransaction.joiningExisting().run(() -> {
            removeUnlessCommitted(consortiumId, image.id);
            images.persist(image);
        });
        return view(image.id);
    }

    /** Removes both objects, then the row; while storage is down nothing is removed. */
    @Transactional
    public void delete(UUID imageId) {
        Image image = images.findByIdOptional(imageId).orElseThrow(() -> new NotFound("No such image"));
        UUID consortiumId = tenant.require().id();
        Rendition.keys(consortiumId, imageId).forEach(storage::remove);
        images.delete(image);
    }

    @Transactional
    public Optional<StoredImage> find(UUID imageId) {
        return images.findByIdOptional(imageId).map(image -> view(image.id));
    }

    public String url(UUID imageId) {
        return Rendition.DISPLAY.url(tenant.require().slug(), imageId);
    }

    public String thumbnailUrl(UUID imageId) {
        return Rendition.THUMBNAIL.url(tenant.require().slug(), imageId);
    }

    /** One stored rendition of an image of the current consortium, for serving. */
    Optional<StoredObject> open(UUID imageId, Rendition rendition) {
        return storage.get(rendition.key(tenant.require().id(), imageId));
    }

    private StoredImage view(UUID imageId) {
        return new StoredImage(imageId, url(imageId), thumbnailUrl(imageId));
    }

    private void put(UUID consortiumId, UUID imageId, Renditions renditions) {
        List<String> written = new ArrayList<>();
        try {
            for (Rendition rendition : Rendition.values()) {
                String key = rendition.key(consortiumId, imageId);
                storage.put(key, rendition.of(renditions), Rendition.CONTENT_TYPE);
                written.add(key);
            }
        } catch (Unavailable e) {
            removeQuietly(written);
            throw e;
        }
    }

    private void removeUnlessCommitted(UUID consortiumId, UUID imageId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    removeQuietly(Rendition.keys(consortiumId, imageId));
                }
            }
        });
    }

    private void removeQuietly(List<String> keys) {
        for (String key : keys) {
            try {
                storage.remove(key);
            } catch (Unavailable e) {
                Log.errorf("The object %s of an image that was not saved is left in storage; remove it by hand", key);
            }
        }
    }
}
