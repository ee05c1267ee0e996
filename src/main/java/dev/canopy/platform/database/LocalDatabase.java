package dev.canopy.platform.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A database for dev mode or one test run, on the local server or an embedded one. */
record LocalDatabase(String jdbcUrl, String username) {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 5432;
    private static final String USER = "postgres";
    // Local servers here trust loopback connections; Quarkus still wants a password to be set
    static final String TRUSTED_PASSWORD = "postgres";
    // Survives dev-mode restarts, which load this class again in a fresh class loader
    private static final String STARTED = "canopy.local-database.url";

    static LocalDatabase forDev() {
        return reuseOrCreate("canopy", false);
    }

    static LocalDatabase forTestRun() {
        return reuseOrCreate("canopy_test_" + UUID.randomUUID().toString().substring(0, 8), true);
    }

    private static synchronized LocalDatabase reuseOrCreate(String name, boolean dropAtExit) {
        String started = System.getProperty(STARTED);
        if (started != null) {
            return new LocalDatabase(started, USER);
        }
        int port = answers(HOST, PORT) ? PORT : EmbeddedServer.start();
        String server = "jdbc:postgresql://" + HOST + ":" + port + "/";
        create(server, name);
        if (dropAtExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, name)));
        }
        System.setProperty(STARTED, server + name);
        return new LocalDatabase(server + name, USER);
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void create(String server, String name) {
        try (Connection connection = DriverManager.getConnection(server + "postgres", USER, TRUSTED_PASSWORD);
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the local database " + name, e);
        }
    }

    private static void drop(String server, String name) {
        try (Connection connection = DriverManager.getConnection(server + "postgres", USER, TRUSTED_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            // the run is over; a leftover test database is harmless and named as such
        }
    }
}
