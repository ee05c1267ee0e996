package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesRegex;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Stock cannot be hoarded with unpaid orders: an e-mail holds at most two, a client address three
 * (this profile's limits), then 429 with Retry-After; paying one frees a place; a forged
 * X-Forwarded-For does not give a client another address (no proxy is trusted here).
 */
@QuarkusTest
@TestProfile(UnpaidLimitsTest.TightLimits.class)
class UnpaidLimitsTest {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("canopy.checkout.unpaid-per-email", "2", "canopy.checkout.unpaid-per-client", "3");
        }
    }

    private static final long THREE_DAYS = 3 * 24 * 3600;

    private String manager;
    private String shop;
    private String variant;

    @BeforeEach
    void aShopWithStock() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        Map<String, Object> rug = Products.carpet("Rug", "Ковёр", 5000);
        rug.put("variants", List.of(Map.of("sku", Fixtures.unique("R"), "price", Map.of("amount", 5000,
                "currency", "EUR"), "stock", 50)));
        variant = Shopping.variantOf(shop, Products.published(shop, member, manager, rug));
    }

    @Test
    void anEmailPastItsUnpaidOrdersIsToldWhenToRetryAndPayingOneFreesAPlace() {
        String first = checkout("hoarder@example.com", null).then().statusCode(201).extract().path("orderNumber");
        checkout("hoarder@example.com", null).then().statusCode(201);
        refused(checkout("Hoarder@Example.com", null));

        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, first).then()
                .statusCode(200);
        checkout("hoarder@example.com", null).then().statusCode(201);
    }

    @Test
    void aClientAddressPastItsUnpaidOrdersIsRefusedWhateverItForwards() {
        for (String email : List.of("a@example.com", "b@example.com", "c@example.com")) {
            checkout(email, null).then().statusCode(201);
        }
        refused(checkout("d@example.com", null));
        refused(checkout("e@example.com", "203.0.113.9"));
    }

    private static void refused(Response answer) {
        answer.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesRegex("[0-9]+"))
                .body("detail", containsString("unpaid"));
        long seconds = Long.parseLong(answer.header("Retry-After"));
        assertThat(seconds, allOf(greaterThan(0L), lessThanOrEqualTo(THREE_DAYS)));
    }

    private Response checkout(String email, String forwardedFor) {
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
        var request = given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.body(Map.of("email", email, "shippingAddress", Shopping.address("FR", "69001")))
                .post("/api/v1/store/{c}/carts/{id}/checkout", shop, cart);
    }
}
