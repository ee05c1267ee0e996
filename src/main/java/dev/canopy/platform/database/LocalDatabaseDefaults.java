package dev.canopy.platform.database;

import java.util.Map;

import dev.canopy.platform.LocalDefaults;

/**
 * Gives dev mode and tests a working database with no configuration: the local PostgreSQL when one
 * answers on 127.0.0.1:5432, else an embedded one. Production always configures its own.
 */
public class LocalDatabaseDefaults extends LocalDefaults {

    public LocalDatabaseDefaults() {
        super("canopy-local-database", "quarkus.datasource.jdbc.url");
    }

    @Override
    protected Map<String, String> properties(boolean test) {
        LocalDatabase database = test ? LocalDatabase.forTestRun() : LocalDatabase.forDev();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", LocalDatabase.TRUSTED_PASSWORD);
    }
}
