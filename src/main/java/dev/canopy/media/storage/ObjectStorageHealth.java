package dev.canopy.media.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;

/**
 * Whether the media bucket answers, at {@code /q/health/group/storage}. Not a readiness check: only
 * uploads and images need storage, so an outage must not take the whole shop out of the load balancer.
 */
@HealthGroup("storage")
@ApplicationScoped
class ObjectStorageHealth implements HealthCheck {

    @Inject
    ObjectStorage storage;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Object storage")
                .withData("bucket", storage.bucket())
                .status(storage.reachable())
                .build();
    }
}
