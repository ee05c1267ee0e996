package dev.canopy.media.storage;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import dev.canopy.platform.LocalDefaults;

/**
 * Gives dev mode and tests a real S3 server with no configuration: an embedded S3Proxy keeping its
 * files under {@code target/s3proxy}. Production always configures its own ({@code CANOPY_STORAGE_*}).
 */
public class EmbeddedStorageDefaults extends LocalDefaults {

    public EmbeddedStorageDefaults() {
        super("canopy-embedded-s3", "canopy.storage.endpoint");
    }

    @Override
    protected Map<String, String> properties(boolean test) {
        // each test run keeps its objects apart, so that counting them means something
        String files = test ? "test-" + UUID.randomUUID().toString().substring(0, 8) : "dev";
        return Map.of(
                "canopy.storage.endpoint", EmbeddedS3.start(Path.of("target", "s3proxy", files), test),
                "canopy.storage.access-key", EmbeddedS3.ACCESS_KEY,
                "canopy.storage.secret-key", EmbeddedS3.SECRET_KEY);
    }
}
