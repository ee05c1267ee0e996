package dev.canopy.tenancy;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.tenancy.TenantContext.ConsortiumRef;
import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;

/** Finds the consortium a request is for; every request asks, so answers are cached. */
@ApplicationScoped
public class ConsortiumDirectory {

    static final String BY_SLUG = "consortium-by-slug";
    static final String BY_DOMAIN = "consortium-by-domain";

    @Inject
    ConsortiumRepository consortia;

    // No @Transactional: it would wrap the cache (it runs outside it) and begin a transaction per request
    @CacheResult(cacheName = BY_SLUG)
    public Optional<ConsortiumRef> bySlug(String slug) {
        return consortia.bySlug(slug).map(c -> new ConsortiumRef(c.id, c.slug));
    }

    @CacheResult(cacheName = BY_DOMAIN)
    public Optional<ConsortiumRef> byDomain(String host) {
        return consortia.byDomain(host.toLowerCase(Locale.ROOT)).map(c -> new ConsortiumRef(c.id, c.slug));
    }

    @CacheInvalidateAll(cacheName = BY_DOMAIN)
    @CacheInvalidateAll(cacheName = BY_SLUG)
    void forget() {
        // domains moved between consortia: drop every cached answer
    }
}
