package dev.canopy.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import dev.canopy.media.Pictures;
import dev.canopy.media.storage.StorageOutage;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Object storage hung: uploads answer 503, the catalog and carts keep serving (images fall back to placeholders). */
@QuarkusTest
class CatalogDuringStorageOutageTest {

    private static final String IMAGES = "/api/v1/consortia/{c}/members/{m}/products/{id}/images";

    @Test
    void uploadsAnswer503WhileTheCatalogAndCartsStillAnswer() throws Exception {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        String product = Products.published(shop, member, manager, Products.carpet("Kilim", "Килим", 1000));
        Products.photo(shop, member, Tokens.person(manager), product);
        given().auth().oauth2(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", shop, product)
                .then().statusCode(200);

        try (StorageOutage hung = StorageOutage.hanging()) {
            given().auth().oauth2(Tokens.person(manager))
                    .multiPart("file", "b.jpg", Pictures.jpeg(400, 300), "image/jpeg")
                    .post(IMAGES, shop, member, product).then().statusCode(503)
                    .contentType("application/problem+json");
            given().get("/api/v1/store/{c}/products", shop).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].images", hasSize(1));
            given().accept("text/html").get("/shop/{c}/products", shop).then().statusCode(200)
                    .body(containsString("Kilim"));
            given().auth().oauth2(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop,
                    member, product).then().statusCode(200).body("images", hasSize(1));
            Shopping.add(shop, Shopping.cart(shop, "EUR"), Shopping.variantOf(shop, product), 1);
        }
    }
}
