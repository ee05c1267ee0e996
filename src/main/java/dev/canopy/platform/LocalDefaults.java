package dev.canopy.platform;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * A working local stand-in for a dependency in dev mode and tests, so that they need no configuration.
 * It steps aside when the dependency is configured, and production always configures its own.
 */
public abstract class LocalDefaults implements ConfigSourceFactory {

    private static final int BELOW_APPLICATION_PROPERTIES = 100;

    private final String name;
    private final String configuredBy;

    /** @param configuredBy the property whose value means someone configured the real dependency */
    protected LocalDefaults(String name, String configuredBy) {
        this.name = name;
        this.configuredBy = configuredBy;
    }

    /** The properties pointing at the stand-in, started if need be, for a test run or for dev mode. */
    protected abstract Map<String, String> properties(boolean test);

    @Override
    public final Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean test = profiles.contains("test");
        if (!test && !profiles.contains("dev") || isConfigured(context)) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(properties(test), name, BELOW_APPLICATION_PROPERTIES));
    }

    private boolean isConfigured(ConfigSourceContext context) {
        ConfigValue value = context.getValue(configuredBy);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
