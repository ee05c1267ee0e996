package dev.canopy.platform.cache;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * Public answers (storefront facts, rates, catalog pages, product pages) kept in memory per
 * consortium and dropped exactly when that consortium's shop changes: the database announces every
 * change in the transaction that makes it ({@link ChangeListener}), and this replica's own writes
 * announce theirs at once. A load racing a change is dropped with the change, never stored stale.
 */
@ApplicationScoped
public class ShopCache {

    /** A cached answer of one consortium; {@code parts} name the question. */
    record Key(UUID consortium, List<Object> parts) {
    }

    @Inject
    @CacheName("shop")
    Cache cache;

    public <T> T get(UUID consortium, Supplier<T> load, Object... parts) {
        @SuppressWarnings("unchecked")
        T answer = (T) cache.get(new Key(consortium, Arrays.asList(parts)), key -> load.get()).await().indefinitely();
        return answer;
    }

    void forget(@Observes ShopChanged change) {
        if (change.consortium() == null) {
            cache.invalidateAll().await().indefinitely();
            return;
        }
        cache.as(CaffeineCache.class).invalidateIf(key -> key instanceof Key k && change.consortium().equals(k.consortium()))
                .await().indefinitely();
    }
}
