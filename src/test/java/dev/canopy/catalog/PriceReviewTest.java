package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** A published product's prices and new variants wait for the brand's review; shoppers pay the approved price. */
@QuarkusTest
class PriceReviewTest {

    String manager;
    String artisan;
    String consortium;
    String member;
    String product;
    String variant;
    String sku;

    @BeforeEach
    void aPublishedKilimAtFiftyEuros() {
        manager = Fixtures.email("manager");
        artisan = Fixtures.email("artisan");
        consortium = Fixtures.consortium(manager);
        member = Fixtures.member(consortium, manager);
        Fixtures.artisan(consortium, member, manager, artisan);
        product = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));
        variant = Shopping.variantOf(consortium, product);
        sku = given().get("/api/v1/store/{c}/products/{id}", consortium, product).then().extract()
                .path("variants[0].sku");
    }

    @Test
    void aRaisedPriceWaitsForReviewWhileTheStorefrontAndCartsChargeTheApprovedOneUntilTheManagerApproves() {
        String cart = Shopping.cart(consortium, "EUR");
        Shopping.add(consortium, cart, variant, 2);

        edit(List.of(priced(variant, sku, 6500, 3))).statusCode(200)
                .body("status", equalTo("pending_review"))
                .body("live", equalTo(true))
                .body("variants[0].price.amount", equalTo(6500))
                .body("variants[0].livePrice.amount", equalTo(5000));
        given().get("/api/v1/store/{c}/products/{id}", consortium, product).then().statusCode(200)
                .body("variants[0].price.amount", equalTo(5000));
        given().get("/shop/{c}/products/{id}?lang=en", consortium, product).then().statusCode(200)
                .body(containsString("€50.00")).body(not(containsString("€65.00")));
        cartTotal(cart, 10000);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/reviews", consortium).then().statusCode(200)
                .body("items[0].product.id", equalTo(product))
                .body("items[0].product.variants[0].livePrice.amount", equalTo(5000))
                .body("items[0].product.variants[0].price.amount", equalTo(6500));

        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, product).then()
                .statusCode(200).body("status", equalTo("published"))
                .body("variants[0].livePrice.amount", equalTo(6500));
        given().get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .body("variants[0].price.amount", equalTo(6500));
        cartTotal(cart, 13000);
    }

    @Test
    void refusalKeepsTheApprovedPriceAndDropsTheProposal() {
        edit(List.of(priced(variant, sku, 6500, 3))).statusCode(200);

        as(Tokens.person(manager)).body(Map.of("reason", "Too dear for this size"))
                .post("/api/v1/consortia/{c}/reviews/{id}/reject", consortium, product).then().statusCode(200)
                .body("status", equalTo("rejected"));

        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, product)
                .then().body("variants[0].price.amount", equalTo(5000))
                .body("variants[0].livePrice.amount", equalTo(5000));
        given().get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .body("variants[0].price.amount", equalTo(5000));
    }

    @Test
    void onlyTheBrandsManagerMayApproveAPriceChangeNotItsArtisanAnotherWorkshopOrAShopper() {
        String otherArtisan = Fixtures.email("artisan");
        Fixtures.artisan(consortium, Fixtures.member(consortium, manager), manager, otherArtisan);
        edit(List.of(priced(variant, sku, 6500, 3))).statusCode(200);

        for (String who : List.of(artisan, otherArtisan)) {
            as(Tokens.person(who)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, product).then()
                    .statusCode(403);
        }
        // a shopper is nobody in the brand: its review queue does not exist for them
        as(Tokens.person(Fixtures.email("shopper"))).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium,
                product).then().statusCode(404);
        given().post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, product).then().statusCode(401);
        given().get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .body("variants[0].price.amount", equalTo(5000));
    }

    @Test
    void aBadPriceOnAPublishedProductIsStillRefusedNamingTheFieldAndProposesNothing() {
        edit(List.of(priced(variant, sku, 100_000_001, 3))).statusCode(400)
                .body("violations[0].field", equalTo("variants[0].price"));
        edit(List.of(priced(variant, sku, -1, 3))).statusCode(400)
                .body("violations[0].field", equalTo("variants[0].price.amount"));

        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, product)
                .then().body("status", equalTo("published")).body("variants[0].price.amount", equalTo(5000));
    }

    @Test
    void aVariantAddedToAPublishedProductIsHiddenUntilApprovedAndRemovedWhenRefused() {
        String large = Fixtures.unique("SKU");
        edit(List.of(priced(variant, sku, 5000, 3), priced(null, large, 9000, 1))).statusCode(200)
                .body("status", equalTo("pending_review"))
                .body("variants[1].awaitingReview", equalTo(true))
                .body("variants[1].livePrice", nullValue())
                .body("variants[1].price.amount", equalTo(9000));
        given().get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .body("variants", hasSize(1));
        as(Tokens.person(manager)).body(Map.of("reason", "Show the large one in a photo"))
                .post("/api/v1/consortia/{c}/reviews/{id}/reject", consortium, product).then().statusCode(200)
                .body("variants", hasSize(1));

        edit(List.of(priced(variant, sku, 5000, 3), priced(null, large, 9000, 1))).statusCode(200);
        as(Tokens.person(artisan)).post("/api/v1/consortia/{c}/members/{m}/products/{id}/submit", consortium, member,
                product).then().statusCode(200);
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, product).then()
                .statusCode(200).body("variants[1].awaitingReview", equalTo(false));
        given().get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .body("variants", hasSize(2)).body("variants[1].price.amount", equalTo(9000));
    }

    @Test
    void aVariantAwaitingReviewCannotBeBoughtByItsIdBeforeItIsApproved() {
        String large = Fixtures.unique("SKU");
        String added = edit(List.of(priced(variant, sku, 5000, 3), priced(null, large, 9000, 1))).statusCode(200)
                .extract().path("variants[1].id");
        String cart = Shopping.cart(consortium, "EUR");

        given().contentType("application/json").body(Map.of("variantId", added, "quantity", 1))
                .post("/api/v1/store/{c}/carts/{id}/items", consortium, cart).then().statusCode(409)
                .body("detail", containsString(large));
        cartTotal(cart, 0);
    }

    @Test
    void stockOfAPublishedProductAndPricesOfADraftChangeWithoutReview() {
        edit(List.of(priced(variant, sku, 5000, 0))).statusCode(200).body("status", equalTo("published"));
        given().get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .body("variants[0].inStock", equalTo(false));

        String draft = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Rug", "Ковёр", 100));
        String draftVariant = as(Tokens.person(artisan))
                .get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, draft).then()
                .extract().path("variants[0].id");
        as(Tokens.person(artisan)).body(Map.of("variants", List.of(priced(draftVariant, Fixtures.unique("SKU"), 700, 1))))
                .patch("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, draft).then()
                .statusCode(200).body("status", equalTo("draft"))
                .body("variants[0].price.amount", equalTo(700))
                .body("variants[0].livePrice", nullValue());
    }

    @Test
    void askingTheApprovedPriceAgainWithdrawsTheProposal() {
        edit(List.of(priced(variant, sku, 6500, 3))).statusCode(200);
        edit(List.of(priced(variant, sku, 5000, 3))).statusCode(200)
                .body("variants[0].price.amount", equalTo(5000));

        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, product).then()
                .statusCode(200).body("variants[0].livePrice.amount", equalTo(5000));
        given().get("/api/v1/store/{c}/products/{id}", consortium, product).then()
                .body("variants[0].price.amount", equalTo(5000));
    }

    private ValidatableResponse edit(List<Map<String, Object>> variants) {
        return as(Tokens.person(artisan)).body(Map.of("variants", variants))
                .patch("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, product).then();
    }

    private static Map<String, Object> priced(String id, String sku, long cents, int stock) {
        Map<String, Object> v = new HashMap<>(Map.of("sku", sku,
                "price", Map.of("amount", cents, "currency", "EUR"), "stock", stock));
        if (id != null) {
            v.put("id", id);
        }
        return v;
    }

    private void cartTotal(String cart, long cents) {
        given().get("/api/v1/store/{c}/carts/{id}", consortium, cart).then().statusCode(200)
                .body("itemsTotal.amount", equalTo((int) cents));
    }
}
