package dev.canopy.media.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Gives dev mode and tests a real S3 server with no configuration: an embedded S3Proxy keeping its
 * files under {@code target/s3proxy}. Production always configures its own ({@code CANOPY_STORAGE_*}).
 */
public class EmbeddedStorageDefaults implements ConfigSourceFactory {

    private static final int BELOW_APPLICATION_PROPERTIES = 100;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean test = profiles.contains("test");
        if (!test && !profiles.contains("dev") || isConfigured(context)) {
            return List.of();
        }
        Map<String, String> properties = Map.of(
                "canopy.storage.endpoint", endpoint(test),
                "canopy.storage.access-key", EmbeddedS3.ACCESS_KEY,
                "canopy.storage.secret-key", EmbeddedS3.SECRET_KEY);
        return List.of(new PropertiesConfigSource(properties, "canopy-embedded-s3", BELOW_APPLICATION_PROPERTIES));
    }

    private static String endpoint(boolean test) {
        // each test run keeps its objects apart, so that counting them means something
        String files = test ? "test-" + UUID.randomUUID().toString().substring(0, 8) : "dev";
        return EmbeddedS3.start(Path.of("target", "s3proxy", files), test);
    }

    private static boolean isConfigured(ConfigSourceContext context) {
        ConfigValue endpoint = context.getValue("canopy.storage.endpoint");
        return endpoint != null && endpoint.getValue() != null && !endpoint.getValue().isBlank();
    }
}
