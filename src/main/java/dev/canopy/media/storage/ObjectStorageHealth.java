package dev.canopy.media.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the media bucket answers: uploads and images need it, the rest of the shop does not. */
@Readiness
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
