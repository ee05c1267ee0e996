package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.ABrand;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The manager's picks for the brand's home: sellable products of the brand only, in order. */
@QuarkusTest
class FeaturedProductsTest {

    private static final String FEATURED = "/api/v1/consortia/{c}/featured";

    @Test
    void managerPicksPublishedProductsAndGetsThemBackInOrder() {
        ABrand brand = ABrand.withAWorkshop();
        String first = brand.published("Kilim");
        String second = brand.published("Suzani");

        pick(brand.managerToken(), brand, first, second).statusCode(200);
        pick(brand.managerToken(), brand, second, first).statusCode(200).body("products", contains(second, first));
        as(brand.managerToken()).get(FEATURED, brand.consortium()).then().statusCode(200)
                .body("products", contains(second, first));
        pick(brand.managerToken(), brand).statusCode(200).body("products", empty());
    }

    @Test
    void aDraftIsRefusedNamingItsPlaceInTheListAndNothingChanges() {
        ABrand brand = ABrand.withAWorkshop();
        String published = brand.published("Kilim");
        String draft = Products.draft(brand.consortium(), brand.member(), brand.managerToken(),
                Products.carpet("Draft", "Черновик", 1000));

        pick(brand.managerToken(), brand, published, draft).statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("products[1]"));
        as(brand.managerToken()).get(FEATURED, brand.consortium()).then().statusCode(200).body("products", empty());
    }

    @Test
    void anotherBrandsProductIsRefusedAsUnknown() {
        ABrand brand = ABrand.withAWorkshop();
        String foreign = ABrand.withAWorkshop().published("Theirs");

        pick(brand.managerToken(), brand, foreign).statusCode(400).body("violations.field", contains("products[0]"));
    }

    @Test
    void theSameProductTwiceAndMoreThanEightPicksAreRefused() {
        ABrand brand = ABrand.withAWorkshop();
        String product = brand.published("Kilim");

        pick(brand.managerToken(), brand, product, product).statusCode(400)
                .body("violations.field", contains("products[1]"));
        pick(brand.managerToken(), brand, Collections.nCopies(FeaturedProducts.MOST + 1, product).toArray(String[]::new))
                .statusCode(400).body("violations.field", contains("products"));
    }

    @Test
    void onlyTheBrandsManagersMayPick() {
        ABrand brand = ABrand.withAWorkshop();
        String artisan = brand.artisanToken();
        String stranger = ABrand.strangerToken();

        pick(artisan, brand).statusCode(403);
        as(artisan).get(FEATURED, brand.consortium()).then().statusCode(403);
        pick(stranger, brand).statusCode(404);
        as(stranger).get(FEATURED, brand.consortium()).then().statusCode(404);
    }

    private static ValidatableResponse pick(String token, ABrand brand, String... products) {
        return Fixtures.as(token).body(Map.of("products", List.of(products))).put(FEATURED, brand.consortium()).then();
    }
}
