package dev.canopy.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The demo data of a dev run: loaded once, and a later start on the same database finds it and loads
 * nothing again (each consortium's check runs in its own request, so it sees that consortium's rows).
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("canopy.demo-data", "true");
        }
    }

    @Inject
    DemoProducts demoProducts;

    @Test
    void aSecondStartOnTheSameDatabaseLoadsNothingAgain() {
        int zarbof = products("zarbof");
        int vardan = products("vardan");
        demoProducts.onStart(new StartupEvent());
        given().get("/api/v1/store/{c}/products", "zarbof").then().statusCode(200).body("total", equalTo(zarbof));
        given().get("/api/v1/store/{c}/products", "vardan").then().statusCode(200).body("total", equalTo(vardan));
    }

    private static int products(String consortium) {
        int total = given().get("/api/v1/store/{c}/products", consortium).then().statusCode(200).extract()
                .path("total");
        assertTrue(total > 0, consortium + " has its demo products");
        return total;
    }
}
