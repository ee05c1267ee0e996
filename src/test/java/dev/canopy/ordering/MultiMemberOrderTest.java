package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A shopper in France buys a carpet from one workshop and a scarf from another in one cart. */
@QuarkusTest
class MultiMemberOrderTest {

    @Test
    void oneCartTwoWorkshopsEachShipsItsOwnParcelAndTheShopperFollowsBoth() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String weavers = Fixtures.member(shop, manager, Map.of("contactEmail", "weavers@example.test"));
        String embroiderers = Fixtures.member(shop, manager);
        String carpet = Shopping.variantOf(shop, Products.published(shop, weavers, manager,
                Products.carpet("Kilim", "Килим", 24000)));
        String scarf = Shopping.variantOf(shop, Products.published(shop, embroiderers, manager,
                Products.carpet("Scarf", "Шарф", 4500)));

        String cart = Shopping.cart(shop, "EUR");
        Shopping.add(shop, cart, carpet, 1);
        Shopping.add(shop, cart, scarf, 2);
        var placed = Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001"))
                .then().statusCode(201)
                .body("status", equalTo("awaiting_payment"))
                .body("totals.items.amount", equalTo(33000))
                .body("totals.total.currency", equalTo("EUR"))
                .body("payment.method", equalTo("bank_transfer"))
                .body("payment.instructions", containsString("330.00 EUR"))
                .extract();
        String number = placed.path("orderNumber");
        String token = placed.path("orderToken");

        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number)
                .then().statusCode(200).body("status", equalTo("paid"))
                .body("fulfilments.member.slug", containsInAnyOrder(weavers, embroiderers));

        String weaversParcel = as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/fulfilments", shop, weavers)
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].lines.sku", hasSize(1))
                .body("items[0].memberShare.amount", equalTo(20400))
                .extract().path("items[0].id");
        String embroiderersParcel = as(Tokens.person(manager))
                .get("/api/v1/consortia/{c}/members/{m}/fulfilments", shop, embroiderers).then()
                .body("items[0].memberShare.amount", equalTo(7650)).extract().path("items[0].id");

        String fulfilments = "/api/v1/consortia/{c}/members/{m}/fulfilments/{id}";
        as(Tokens.person(manager)).post(fulfilments + "/accept", shop, weavers, weaversParcel).then().statusCode(200);
        as(Tokens.person(manager)).body(Map.of("carrier", "La Poste", "trackingNumber", "LP123456789TJ"))
                .post(fulfilments + "/ship", shop, weavers, weaversParcel).then().statusCode(200)
                .body("status", equalTo("shipped"));
        given().queryParam("token", token).get("/api/v1/store/{c}/orders/{n}", shop, number).then().statusCode(200)
                .body("status", equalTo("partially_shipped"))
                .body("fulfilments.trackingNumber", containsInAnyOrder("LP123456789TJ", null));

        as(Tokens.person(manager)).body(Map.of("carrier", "DHL", "trackingNumber", "DHL987"))
                .post(fulfilments + "/ship", shop, embroiderers, embroiderersParcel).then().statusCode(200);
        as(Tokens.person(manager)).post(fulfilments + "/deliver", shop, weavers, weaversParcel).then().statusCode(200);
        as(Tokens.person(manager)).post(fulfilments + "/deliver", shop, embroiderers, embroiderersParcel).then()
                .statusCode(200);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .body("status", equalTo("delivered"))
                .body("history.to", org.hamcrest.Matchers.contains("awaiting_payment", "paid", "partially_shipped",
                        "shipped", "delivered"));
    }

    @Test
    void theOrderTokenIsTheShoppersOnlyWayIn() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        String variant = Shopping.variantOf(shop, Products.published(shop, member, manager,
                Products.carpet("Kilim", "Килим", 1000)));
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        String number = Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001"))
                .then().statusCode(201).extract().path("orderNumber");
        given().queryParam("token", "guess").get("/api/v1/store/{c}/orders/{n}", shop, number).then().statusCode(404);
        given().get("/api/v1/store/{c}/orders/{n}", shop, number).then().statusCode(404);
    }
}
