package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.ABrand;
import dev.canopy.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/** Care instructions: a product text per language, reviewed like the others, shown in the shopper's language. */
@QuarkusTest
class CareInstructionsTest {

    private static final String PRODUCT = "/api/v1/consortia/{c}/members/{m}/products/{id}";
    private static final String PUBLIC = "/api/v1/store/{c}/products/{id}";

    @Test
    void careIsShownInTheShoppersLanguageOnceApproved() {
        ABrand brand = ABrand.withAWorkshop();
        String id = brand.published(caredFor(Map.of("en", "Dry clean only", "ru", "Только сухая чистка")));

        given().queryParam("lang", "ru").get(PUBLIC, brand.consortium(), id).then().statusCode(200)
                .body("care", equalTo("Только сухая чистка"));
        given().queryParam("lang", "en").get("/shop/{c}/products/{id}", brand.consortium(), id).then()
                .statusCode(200).body(containsString("Dry clean only"));
        as(brand.managerToken()).get(PRODUCT, brand.consortium(), brand.member(), id).then().statusCode(200)
                .body("care.en", equalTo("Dry clean only"));
    }

    @Test
    void changedCareGoesBackToReviewWhileShoppersKeepTheApprovedText() {
        ABrand brand = ABrand.withAWorkshop();
        String id = brand.published(caredFor(Map.of("en", "Air it in the shade")));

        as(brand.managerToken()).body(Map.of("care", Map.of("en", "Machine wash at 90°C")))
                .patch(PRODUCT, brand.consortium(), brand.member(), id)
                .then().statusCode(200).body("status", equalTo("pending_review"));
        given().queryParam("lang", "en").get(PUBLIC, brand.consortium(), id).then().statusCode(200)
                .body("care", equalTo("Air it in the shade"));
    }

    @Test
    void careInALanguageTheBrandDoesNotOfferIsRefusedNamingIt() {
        ABrand brand = ABrand.withAWorkshop();
        as(brand.managerToken()).body(caredFor(Map.of("de", "Chemisch reinigen")))
                .post("/api/v1/consortia/{c}/members/{m}/products", brand.consortium(), brand.member())
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("care.de"));
    }

    private static Map<String, Object> caredFor(Map<String, String> care) {
        Map<String, Object> carpet = Products.carpet("Kilim", "Килим", 1000);
        carpet.put("care", care);
        return carpet;
    }
}
