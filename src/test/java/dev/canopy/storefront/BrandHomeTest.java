package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.ABrand;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/** A brand's home that sells: the manager's picks (else the newest), and stories in the shopper's language. */
@QuarkusTest
class BrandHomeTest {

    @Test
    void homeShowsThePicksInTheManagersOrder() {
        ABrand brand = ABrand.withAWorkshop();
        String older = brand.published("Older Kilim");
        String newer = brand.published("Newer Suzani");
        brand.published("Unpicked Ikat");
        pick(brand, older, newer);

        String home = given().get("/shop/{c}/?lang=en", brand.consortium()).then().statusCode(200).extract()
                .asString();
        assertTrue(home.contains("Chosen by the brand"), "the picks' heading");
        assertTrue(home.indexOf("Older Kilim") < home.indexOf("Newer Suzani"), "the manager's order, not the newest first");
        assertTrue(!home.contains("Unpicked Ikat"), "only the picks");
    }

    @Test
    void homeShowsTheNewestWhenNoPickIsSellable() {
        ABrand brand = ABrand.withAWorkshop();
        String c = brand.consortium();
        String suspended = Fixtures.member(c, brand.manager());
        String picked = Products.published(c, suspended, brand.manager(), Products.carpet("Picked Kilim", "Килим", 1000));
        brand.published("Newest Suzani");
        pick(brand, picked);
        given().get("/shop/{c}/?lang=en", c).then().statusCode(200).body(containsString("Picked Kilim"));

        as(brand.managerToken()).body(Map.of("status", "suspended"))
                .patch("/api/v1/consortia/{c}/members/{m}", c, suspended).then().statusCode(200);

        given().get("/shop/{c}/?lang=en", c).then().statusCode(200)
                .body(not(containsString("Picked Kilim"))).body(not(containsString("Chosen by the brand")))
                .body(containsString("New in the shop")).body(containsString("Newest Suzani"));
    }

    @Test
    void storiesAreShownInTheShoppersLanguageAndMarkedWithIt() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager, Map.of("story", Map.of("en", "Woven in the Pamirs",
                "ru", "Соткано на Памире")));
        Fixtures.member(c, manager, Map.of("story", Map.of("en", "Silk on cotton")));

        given().get("/shop/{c}/?lang=ru", c).then().statusCode(200)
                .body(containsString("<p class=\"lead\" lang=\"ru\">Соткано на Памире</p>"))
                .body(not(containsString("Woven in the Pamirs")))
                // no Russian story for the workshop: the brand's first language, marked as such
                .body(containsString("<p lang=\"en\">Silk on cotton</p>"));
        given().get("/shop/{c}/?lang=en", c).then().statusCode(200)
                .body(containsString("<p class=\"lead\" lang=\"en\">Woven in the Pamirs</p>"));
    }

    private static void pick(ABrand brand, String... products) {
        as(brand.managerToken()).body(Map.of("products", List.of(products)))
                .put("/api/v1/consortia/{c}/featured", brand.consortium()).then().statusCode(200);
    }
}
