package dev.canopy.platform.database;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Gives dev mode and tests a working database with no configuration: the local PostgreSQL when one
 * answers on 127.0.0.1:5432, else an embedded one. Production always configures its own.
 */
public class LocalDatabaseDefaults implements ConfigSourceFactory {

    private static final int BELOW_APPLICATION_PROPERTIES = 100;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean test = profiles.contains("test");
        if (!test && !profiles.contains("dev") || isConfigured(context)) {
            return List.of();
        }
        LocalDatabase database = test ? LocalDatabase.forTestRun() : LocalDatabase.forDev();
        Map<String, String> properties = Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", LocalDatabase.TRUSTED_PASSWORD);
        return List.of(new PropertiesConfigSource(properties, "canopy-local-database", BELOW_APPLICATION_PROPERTIES));
    }

    private static boolean isConfigured(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        return url != null && url.getValue() != null && !url.getValue().isBlank();
    }
}
