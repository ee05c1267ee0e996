package dev.canopy.tenancy;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    @CacheResult(cacheName = BY_SLUG)
    @Transactional
    public Optional<ConsortiumRef> bySlug(String slug) {
        return consortia.bySlug(slug).map(c -> new ConsortiumRef(c.id, c.slug));
    }

    @CacheResult(cacheName = BY_DOMAIN)
    @Transactional
    public Optional<ConsortiumRef> byDomain(String host) {
        return consortia.byDomain(host.toLowerCase(Locale.ROOT)).map(c -> new ConsortiumRef(c.id, c.slug));
    }

    @CacheInvalidateAll(cacheName = BY_DOMAIN)
    @CacheInvalidateAll(cacheName = BY_SLUG)
    void forget() {
        // domains moved between consortia: drop every cached answer
    }
}
