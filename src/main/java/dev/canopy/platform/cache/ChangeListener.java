package dev.canopy.platform.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Hears PostgreSQL announce shop changes ({@code NOTIFY canopy_shop}, sent by the read model's
 * triggers when their transaction commits) on a connection of its own, outside the pool, so every
 * replica drops its cached answers within milliseconds. After a lost connection anything may have
 * changed unheard: every cached answer is dropped when it listens again.
 */
@ApplicationScoped
class ChangeListener {

    static final String CHANNEL = "canopy_shop";
    private static final int WAIT_MILLIS = 1_000;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String username;
    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String password;
    @Inject
    Event<ShopChanged> changes;

    private volatile boolean running;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "shop-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        listener.interrupt();
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                changes.fire(ShopChanged.everything());
                relay(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    Log.warnf("Not hearing shop changes (%s); cached answers are dropped when it listens again",
                            e.getClass().getSimpleName());
                    changes.fire(ShopChanged.everything());
                    pause();
                }
            }
        }
    }

    private void relay(PGConnection connection) throws SQLException {
        while (running) {
            PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                changes.fire(new ShopChanged(UUID.fromString(notification.getParameter())));
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
