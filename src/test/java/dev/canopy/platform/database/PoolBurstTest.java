package dev.canopy.platform.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * A burst far beyond a tiny pool with a short acquisition timeout: each request is served or shed
 * with 503 + Retry-After, and right after the burst every endpoint serves again (a transaction
 * whose start failed used to stay bound to its worker thread and poison it for good).
 */
@QuarkusTest
@TestProfile(PoolBurstTest.TinyPool.class)
class PoolBurstTest {

    public static class TinyPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // No shop cache: every request of the burst needs a connection (cached answers need none)
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "0.05S", "quarkus.scheduler.enabled", "false",
                    "canopy.cache.shop-entries", "0");
        }
    }

    @Test
    void aBurstBeyondThePoolIsServedOrShedAndNeverPoisonsTheWorkers() throws Exception {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        String member = Fixtures.member(consortium, manager);
        String product = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 9000));
        String cart = Shopping.cart(consortium, null);
        List<String> paths = List.of("/api/v1/store/" + consortium + "/carts/" + cart,
                "/api/v1/store/" + consortium + "/products",
                "/api/v1/store/" + consortium + "/products/" + product, "/api/v1/store/" + consortium + "/categories",
                "/shop/" + consortium + "/products", "/shop/" + consortium + "/products/" + product);

        List<Response> burst = burst(paths, 48, 8);

        for (Response answer : burst) {
            assertThat(answer.statusCode(), in(List.of(200, 503)));
            if (answer.statusCode() == 503) {
                assertThat(answer.header("Retry-After"), equalTo("1"));
                assertThat(answer.contentType(), equalTo("application/problem+json"));
            }
        }
        assertThat("the burst overran the pool", burst.stream().map(Response::statusCode).toList(), hasItem(503));
        // the same worker threads serve every endpoint afterwards, one request at a time
        for (int round = 0; round < 10; round++) {
            for (String path : paths) {
                given().get(path).then().statusCode(200);
            }
        }
    }

    private static List<Response> burst(List<String> paths, int threads, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < threads * rounds; i++) {
                String path = paths.get(i % paths.size());
                calls.add(() -> given().get(path));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
