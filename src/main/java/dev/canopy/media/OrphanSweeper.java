package dev.canopy.media;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import dev.canopy.media.storage.ObjectStorage;
import dev.canopy.platform.errors.Unavailable;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.TenantContext;
import dev.canopy.tenancy.TenantContext.ConsortiumRef;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Removes the objects no image row names: uploads stored but never recorded (a crash or a refusal in
 * between) and the objects of deleted images. Storage is listed and cleaned outside any transaction;
 * only the rows are read inside short ones, consortium by consortium as row-level security wants.
 */
@ApplicationScoped
class OrphanSweeper {

    // an upload younger than this may still be on its way to its row
    private static final Duration GRACE = Duration.ofHours(1);
    private static final int BATCH = 1000;

    @Inject
    ConsortiumService consortia;
    @Inject
    TenantContext tenant;
    @Inject
    ImageRepository images;
    @Inject
    ObjectStorage storage;
    @Inject
    Clock clock;

    @Scheduled(every = "${canopy.storage.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    void sweepAll() {
        try {
            int removed = sweep(clock.instant().minus(GRACE));
            if (removed > 0) {
                Log.infof("Removed %d objects of images that have no row", removed);
            }
        } catch (Unavailable e) {
            Log.info("Object storage is unavailable; orphaned objects are swept on a later run");
        }
    }

    /** Removes the orphaned objects written before the instant, in every consortium; how many went. */
    private int sweep(Instant writtenBefore) {
        int removed = 0;
        for (ConsortiumRef consortium : consortia.every()) {
            tenant.enter(consortium);
            removed += sweepHere(consortium, writtenBefore);
        }
        return removed;
    }

    private int sweepHere(ConsortiumRef consortium, Instant writtenBefore) {
        Map<UUID, List<String>> keysByImage = storage.list(consortium.id() + "/").stream()
                .filter(object -> object.written().isBefore(writtenBefore))
                .flatMap(object -> Rendition.imageOf(object.key()).map(id -> Map.entry(id, object.key())).stream())
                .collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
        List<UUID> ids = new ArrayList<>(keysByImage.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            QuarkusTransaction.requiringNew().call(() -> images.recorded(batch)).forEach(keysByImage::remove);
        }
        List<String> orphans = keysByImage.values().stream().flatMap(List::stream).toList();
        orphans.forEach(storage::remove);
        return orphans.size();
    }
}
