package dev.canopy.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A shopper's steps through the public API: cart, items, checkout. */
public final class Shopping {

    private Shopping() {
    }

    public static String cart(String consortium, String currency) {
        return given().contentType(ContentType.JSON).body(currency == null ? Map.of() : Map.of("currency", currency))
                .post("/api/v1/store/{c}/carts", consortium).then().statusCode(201).extract().path("id");
    }

    public static void add(String consortium, String cart, String variant, int quantity) {
        given().contentType(ContentType.JSON).body(Map.of("variantId", variant, "quantity", quantity))
                .post("/api/v1/store/{c}/carts/{id}/items", consortium, cart).then().statusCode(200);
    }

    /** {@code count} carts of {@code quantity} of one variant each, made a few at a time (within the pool). */
    public static List<String> carts(String consortium, String variant, int quantity, int count) throws Exception {
        Callable<String> one = () -> {
            String id = cart(consortium, null);
            add(consortium, id, variant, quantity);
            return id;
        };
        ExecutorService few = Executors.newFixedThreadPool(8);
        try {
            List<String> carts = new ArrayList<>();
            for (Future<String> cart : few.invokeAll(Collections.nCopies(count, one))) {
                carts.add(cart.get());
            }
            return carts;
        } finally {
            few.shutdown();
        }
    }

    public static Map<String, Object> address(String country, String postalCode) {
        Map<String, Object> address = new java.util.HashMap<>(Map.of("name", "Claire Martin", "line1", "12 rue des Tisserands",
                "city", "Lyon", "country", country));
        if (postalCode != null) {
            address.put("postalCode", postalCode);
        }
        return address;
    }

    public static Response checkout(String consortium, String cart, String key, Map<String, Object> address) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("email", "claire@example.fr", "shippingAddress", address, "currency", "EUR"))
                .post("/api/v1/store/{c}/carts/{id}/checkout", consortium, cart);
    }

    /** The first variant's id of a published product. */
    public static String variantOf(String consortium, String product) {
        return given().get("/api/v1/store/{c}/products/{id}", consortium, product).then().statusCode(200).extract()
                .path("variants[0].id");
    }
}
