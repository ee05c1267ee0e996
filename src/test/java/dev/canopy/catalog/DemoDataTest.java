package dev.canopy.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    @Test
    void everyDemoProductHasAPictureOfItsOwn() {
        for (String consortium : List.of("zarbof", "vardan")) {
            List<String> pictures = given().queryParam("size", 100).get("/api/v1/store/{c}/products", consortium)
                    .then().statusCode(200).extract().path("items.collect { it.images ? it.images[0].url : null }");
            assertTrue(pictures.stream().allMatch(Objects::nonNull), consortium + ": every product has a picture");
            assertEquals(pictures.size(), new HashSet<>(pictures).size(), consortium + ": no picture shown twice");
        }
    }

    @Test
    void demoStoriesAreWrittenPerLanguageNotMixedInOneText() {
        given().get("/api/v1/store/{c}", "zarbof").then().statusCode(200)
                .body("story.en", not(containsString(" / "))).body("story.ru", containsString("Ферганской"));
        given().get("/api/v1/store/{c}/members", "vardan").then().statusCode(200)
                .body("items.story.en", everyItem(not(containsString(" / "))))
                .body("items.story.ru", everyItem(notNullValue()));
    }

    @Test
    void demoProductsSayHowToCareForThemInTheShoppersLanguage() {
        given().queryParam("lang", "ru").queryParam("size", 100).get("/api/v1/store/{c}/products", "vardan").then()
                .statusCode(200).body("items.care", everyItem(matchesPattern("(?s).*\\p{IsCyrillic}.*")));
    }

    @Test
    void demoHomesShowAHeroPictureAndTheBrandsPicks() {
        String hero = given().get("/api/v1/store/{c}", "vardan").then().statusCode(200).extract().path("hero.url");
        given().get(hero).then().statusCode(200).contentType("image/jpeg");
        given().get("/shop/{c}/?lang=en", "vardan").then().statusCode(200)
                .body(containsString("fetchpriority=\"high\"")).body(containsString("Chosen by the brand"));
    }

    private static int products(String consortium) {
        int total = given().get("/api/v1/store/{c}/products", consortium).then().statusCode(200).extract()
                .path("total");
        assertTrue(total > 0, consortium + " has its demo products");
        return total;
    }
}
