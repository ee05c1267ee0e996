package dev.canopy.ordering;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Race;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Stock is right to the unit under concurrency, against the real PostgreSQL. */
@QuarkusTest
class CheckoutConcurrencyTest {

    /** A bound on a shopper's attempts, so that a checkout shed for good fails the test instead of hanging it. */
    private static final int MOST_ATTEMPTS = 50;

    @Test
    void twoHundredShoppersRacingForTheLastFiveUnitsBuyExactlyFiveAndTheRestAreToldTheSku() throws Exception {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        String sku = Fixtures.unique("HOT");
        String product = Products.published(shop, member, manager,
                Products.carpet("Last kilims", "Последние килимы", 9000, sku, 5));
        List<String> carts = Shopping.carts(shop, Shopping.variantOf(shop, product), 1, 200);

        List<Response> answers = Race.of(carts.stream()
                .map(cart -> (Callable<Response>) () -> checkoutUntilAnswered(shop, cart)).toList());

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), "orders placed: " + statuses);
        assertEquals(195, statuses.stream().filter(s -> s == 409).count(), "refused for stock: " + statuses);
        answers.stream().filter(a -> a.statusCode() == 409).forEach(refused -> assertThat("a refusal names the SKU",
                refused.<String> path("detail"), containsString(sku)));
        assertEquals(0, (int) Fixtures.as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/products/{id}",
                shop, member, product).then().extract().path("variants[0].stock"), "sold out, never below zero");
        Fixtures.as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders", shop).then().body("total", equalTo(5));
        // the database announces the last unit gone; the catalog hears it within a second
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertEquals(false, RestAssured.given()
                .get("/api/v1/store/{c}/products/{id}", shop, product).then().extract().path("variants[0].inStock")));
    }

    /**
     * A shopper's checkout, asked again with its key while the app sheds it: a 503 (with Retry-After) is
     * the pool finding no connection within its wait, or a statement cancelled by its timeout, so that
     * checkout was never begun or rolled back. The shopper already waited that long, so asks at once.
     */
    private static Response checkoutUntilAnswered(String shop, String cart) {
        String key = Fixtures.unique("key");
        for (int attempt = 1;; attempt++) {
            Response answer = Shopping.checkout(shop, cart, key, Shopping.address("FR", "69001"));
            if (answer.statusCode() != 503 || attempt == MOST_ATTEMPTS) {
                return answer;
            }
            assertThat("a shed checkout says when to come back", answer.header("Retry-After"), equalTo("1"));
        }
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyMakeOneOrderAndReserveOnce() throws Exception {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        Map<String, Object> body = Products.carpet("Suzani", "Сюзане", 9000);
        body.put("variants", List.of(Map.of("sku", Fixtures.unique("IDEM"), "price", Map.of("amount", 9000,
                "currency", "EUR"), "stock", 3)));
        String product = Products.published(shop, member, manager, body);
        String variant = Shopping.variantOf(shop, product);
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 2);
        String key = Fixtures.unique("key");

        List<String> numbers = Race.of(java.util.stream.IntStream.range(0, 8).mapToObj(i -> (Callable<String>) () -> Shopping
                .checkout(shop, cart, key, Shopping.address("FR", "69001")).then().statusCode(201).extract()
                .<String> path("orderNumber")).toList());

        assertEquals(1, numbers.stream().distinct().count(), "order numbers: " + numbers);
        // 3 in stock, 2 reserved once: one more can still be bought
        String another = Shopping.cart(shop, null);
        Shopping.add(shop, another, variant, 1);
        assertEquals(201, Shopping.checkout(shop, another, Fixtures.unique("key"), Shopping.address("FR", "69001"))
                .statusCode());
    }

    @Test
    void fiftyCartsSharingThreeHotItemsInDifferentOrdersNeverDeadlockNorOversell() throws Exception {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = Products.carpet("Hot " + i, "Хит " + i, 9000);
            body.put("variants", List.of(Map.of("sku", Fixtures.unique("HOT" + i), "price", Map.of("amount", 9000,
                    "currency", "EUR"), "stock", 30)));
            products.add(Products.published(shop, member, manager, body));
        }
        List<String> hot = products.stream().map(product -> Shopping.variantOf(shop, product)).toList();
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String cart = Shopping.cart(shop, null);
            List<String> order = new ArrayList<>(hot);
            java.util.Collections.rotate(order, i % 3);
            if (i % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            order.forEach(variant -> Shopping.add(shop, cart, variant, 1));
            carts.add(cart);
        }

        List<Integer> statuses = Race.of(carts.stream()
                .map(cart -> (Callable<Integer>) () -> checkoutUntilAnswered(shop, cart).statusCode()).toList());

        // 30 of each: 30 carts are served whole, 20 refused whole (no cart takes part of its lines)
        assertEquals(30, statuses.stream().filter(s -> s == 201).count(), "orders placed: " + statuses);
        assertEquals(20, statuses.stream().filter(s -> s == 409).count(), "refused for stock: " + statuses);
        for (String product : products) {
            assertEquals(0, (int) Fixtures.as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/products/{id}",
                    shop, member, product).then().extract().path("variants[0].stock"), "sold out, never below zero");
        }
    }

    @Test
    void tabsAddingTheSameItemToOneCartAtOnceAllCountAndNoneFails() throws Exception {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String variant = Shopping.variantOf(shop, Products.published(shop, Fixtures.member(shop, manager), manager,
                Products.carpet("Kilim", "Килим", 9000)));
        String cart = Shopping.cart(shop, null);

        List<Integer> statuses = Race.of(java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> (Callable<Integer>) () -> RestAssured.given().contentType("application/json")
                        .body(Map.of("variantId", variant, "quantity", 1))
                        .post("/api/v1/store/{c}/carts/{id}/items", shop, cart).statusCode())
                .toList());

        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        RestAssured.given().get("/api/v1/store/{c}/carts/{id}", shop, cart).then()
                .body("lines.size()", equalTo(1))
                .body("lines[0].quantity", equalTo(8));
    }

    @Test
    void placeOrderClickedInTwoTabsWithTwoKeysMakesOneOrderAndRefusesTheOthers() throws Exception {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        Map<String, Object> body = Products.carpet("Suzani", "Сюзане", 9000);
        body.put("variants", List.of(Map.of("sku", Fixtures.unique("TABS"), "price", Map.of("amount", 9000,
                "currency", "EUR"), "stock", 10)));
        String member = Fixtures.member(shop, manager);
        String product = Products.published(shop, member, manager, body);
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, Shopping.variantOf(shop, product), 2);

        List<Integer> statuses = Race.of(java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> (Callable<Integer>) () -> Shopping
                        .checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).statusCode())
                .toList());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "orders: " + statuses);
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), "refused: " + statuses);
        assertEquals(8, (int) Fixtures.as(Tokens.person(manager))
                .get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, product).then().extract()
                .path("variants[0].stock"), "stock reserved once");
    }
}
