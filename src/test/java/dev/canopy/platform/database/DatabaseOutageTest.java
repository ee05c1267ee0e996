package dev.canopy.platform.database;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.CuttableLink;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The database goes away (every connection dropped, new ones refused, as in a restart) and comes
 * back: meanwhile readiness is DOWN, liveness UP and requests are shed at once with 503; afterwards
 * everything serves again without a restart of the app.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughALink.class)
class DatabaseOutageTest {

    static final String DATABASE = "canopy.test.outage-database";

    public static class ThroughALink implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // profiles may be built more than once; one database and one link serve them all
            String database = System.getProperty(DATABASE);
            if (database == null) {
                database = "canopy_outage_" + UUID.randomUUID().toString().substring(0, 8);
                create(database);
                System.setProperty(DATABASE, database);
            }
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + CuttableLink.open(5432) + "/" + database,
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres",
                    "quarkus.datasource.jdbc.background-validation-interval", "1S",
                    "quarkus.scheduler.enabled", "false");
        }
    }

    @AfterEach
    void mend() {
        CuttableLink.mendTheLink();
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAreShedAndEverythingRecoversByItself() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        String member = Fixtures.member(consortium, manager);
        String product = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 9000));
        String detail = "/api/v1/store/" + consortium + "/products/" + product;
        given().get(detail).then().statusCode(200);

        CuttableLink.cutTheLink();

        given().get("/q/health/live").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN")));
        given().get("/api/v1/store/{c}/products", consortium).then().statusCode(503)
                .header("Retry-After", "1").contentType("application/problem+json");

        CuttableLink.mendTheLink();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        for (int i = 0; i < 20; i++) {
            given().get(detail).then().statusCode(200);
            given().get("/api/v1/store/{c}/products", consortium).then().statusCode(200);
        }
    }

    private static void create(String database) {
        try (Connection server = server(); Statement statement = server.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("These tests need the local PostgreSQL on 127.0.0.1:5432", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(database)));
    }

    // The driver is called directly: profiles are also built where DriverManager does not see it
    private static Connection server() throws SQLException {
        Properties account = new Properties();
        account.setProperty("user", "postgres");
        account.setProperty("password", "postgres");
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:5432/postgres", account);
    }

    private static void drop(String database) {
        try (Connection server = server(); Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            // a leftover test database is harmless and named as such
        }
    }
}
