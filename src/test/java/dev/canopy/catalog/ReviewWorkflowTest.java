package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReviewWorkflowTest {

    String manager;
    String artisan;
    String consortium;
    String member;

    @BeforeEach
    void brandWithAWorkshop() {
        manager = Fixtures.email("manager");
        artisan = Fixtures.email("artisan");
        consortium = Fixtures.consortium(manager);
        member = Fixtures.member(consortium, manager);
        Fixtures.artisan(consortium, member, manager, artisan);
    }

    @Test
    void artisanListsSubmitsAndManagerApprovesThenShoppersSeeIt() {
        String id = as(Tokens.person(artisan)).body(Products.carpet("Pamir kilim", "Памирский килим", 24000))
                .post("/api/v1/consortia/{c}/members/{m}/products", consortium, member)
                .then().statusCode(201)
                .body("status", equalTo("draft"))
                .body("variants[0].id", notNullValue())
                .extract().path("id");
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(404);

        as(Tokens.person(artisan)).post("/api/v1/consortia/{c}/members/{m}/products/{id}/submit", consortium, member, id)
                .then().statusCode(200).body("status", equalTo("pending_review"));
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/reviews", consortium)
                .then().statusCode(200).body("items.product.id", contains(id));
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(404);

        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, id)
                .then().statusCode(200).body("status", equalTo("published"));
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(200)
                .body("title", equalTo("Pamir kilim"))
                .body("member.slug", equalTo(member))
                .body("hsCode", equalTo("570110"))
                .body("variants[0].price.amount", equalTo(24000))
                .body("variants[0].inStock", equalTo(true));
    }

    @Test
    void rejectedProductGoesBackToTheArtisanWithTheReasonAndStaysPrivate() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Rug", "Ковёр", 100));
        as(Tokens.person(artisan)).post("/api/v1/consortia/{c}/members/{m}/products/{id}/submit", consortium, member, id)
                .then().statusCode(200);
        as(Tokens.person(manager)).body(Map.of("reason", "Photos are blurry"))
                .post("/api/v1/consortia/{c}/reviews/{id}/reject", consortium, id)
                .then().statusCode(200).body("status", equalTo("rejected"));
        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().body("rejectionReason", equalTo("Photos are blurry"));
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(404);
    }

    @Test
    void editingAPublishedTextGoesBackToReviewWhileTheApprovedVersionStaysPublic() {
        String id = Products.published(consortium, member, manager, Products.carpet("Old title", "Старое", 5000));
        as(Tokens.person(artisan)).body(Map.of("title", Map.of("en", "New title")))
                .patch("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().statusCode(200).body("status", equalTo("pending_review")).body("live", equalTo(true));
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(200)
                .body("title", equalTo("Old title"));
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, id)
                .then().statusCode(200);
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().body("title", equalTo("New title"));
    }

    @Test
    void archivedProductLeavesTheStorefront() {
        String id = Products.published(consortium, member, manager, Products.carpet("Gone", "Нет", 5000));
        as(Tokens.person(artisan)).delete("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().statusCode(204);
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(404);
    }

    @Test
    void reviewingTwiceOrSubmittingAPublishedProductIsAConflict() {
        String id = Products.published(consortium, member, manager, Products.carpet("Once", "Раз", 5000));
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, id)
                .then().statusCode(409).contentType("application/problem+json");
        as(Tokens.person(artisan)).post("/api/v1/consortia/{c}/members/{m}/products/{id}/submit", consortium, member, id)
                .then().statusCode(409);
    }

    @Test
    void artisansMayNotReview() {
        String id = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Mine", "Моё", 100));
        as(Tokens.person(artisan)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, id)
                .then().statusCode(403);
    }
}
