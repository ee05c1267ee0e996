package dev.canopy.platform;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.canopy.media.Pictures;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.restassured.response.Response;

/**
 * Every public route (no token): the shopper's API under {@code /api/v1/store} and the storefront's
 * pages, each with a valid request against one shop. A new public route adds a row here.
 */
final class PublicRoutes {

    static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final String STORE = "/api/v1/store/{c}";
    private static final String SHOP = "/shop/{c}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicRoutes() {
    }

    /** A route, a valid body for it, and which field of that body holds text and which a number. */
    record Route(String method, String path, boolean page, Function<Shop, Map<String, Object>> body, String text,
            String number) {

        static Route api(String method, String path) {
            return new Route(method, path, false, null, null, null);
        }

        static Route page(String method, String path) {
            return new Route(method, path, true, null, null, null);
        }

        Route body(Function<Shop, Map<String, Object>> valid, String textField, String numberField) {
            return new Route(method, path, page, valid, textField, numberField);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Route> all() {
        return List.of(
                Route.api("GET", STORE),
                Route.api("GET", STORE + "/products"),
                Route.api("GET", STORE + "/products/{product}"),
                Route.api("GET", STORE + "/categories"),
                Route.api("GET", STORE + "/members"),
                Route.api("POST", STORE + "/carts").body(s -> fields("currency", "EUR"), "currency", null),
                Route.api("GET", STORE + "/carts/{cart}"),
                Route.api("DELETE", STORE + "/carts/{cart}"),
                Route.api("POST", STORE + "/carts/{cart}/items")
                        .body(s -> fields("variantId", s.variant(), "quantity", 1), "variantId", "quantity"),
                Route.api("PATCH", STORE + "/carts/{cart}/items/{line}").body(s -> fields("quantity", 2), null, "quantity"),
                Route.api("DELETE", STORE + "/carts/{cart}/items/{line}"),
                Route.api("POST", STORE + "/carts/{cart}/checkout").body(s -> fields("email", "claire@example.fr",
                        "shippingAddress", new HashMap<>(Shopping.address("FR", "69001")), "currency", "EUR"),
                        "shippingAddress.name", null),
                Route.api("GET", STORE + "/orders/{order}?token={token}"),
                Route.page("GET", "/"),
                Route.page("GET", SHOP + "/"),
                Route.page("GET", SHOP + "/theme.css"),
                Route.page("GET", SHOP + "/sitemap.xml"),
                Route.page("GET", SHOP + "/products"),
                Route.page("GET", SHOP + "/products/{product}"),
                Route.page("GET", SHOP + "/makers/{m}"),
                Route.page("GET", SHOP + "/cart"),
                Route.page("POST", SHOP + "/cart/items").body(s -> fields("variant", s.variant(), "quantity", "1"),
                        "variant", null),
                Route.page("POST", SHOP + "/cart/items/{line}").body(s -> fields("quantity", "2"), "quantity", null),
                Route.page("POST", SHOP + "/cart/items/{line}/remove").body(s -> fields(), null, null),
                Route.page("GET", SHOP + "/checkout"),
                Route.page("POST", SHOP + "/checkout").body(s -> fields("email", "claire@example.fr", "name",
                        "Claire Martin", "line1", "12 rue des Tisserands", "city", "Lyon", "postalCode", "69001",
                        "country", "FR", "currency", "EUR"), "name", null),
                Route.page("GET", SHOP + "/orders/{order}?token={token}"),
                Route.page("GET", "/media/{c}/{image}/display.jpg"),
                Route.page("GET", "/media/{c}/{image}/thumb.jpg"));
    }

    /** A published product with a photo and a placed order, in a shop of its own. */
    record Shop(String c, String m, String product, String variant, String image, String order, String token) {

        static Shop open() {
            String manager = Fixtures.email("manager");
            String c = Fixtures.consortium(manager);
            String m = Fixtures.member(c, manager);
            String product = Products.published(c, m, manager, Products.carpet("Kilim", "Килим", 5000));
            as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "0.5")))
                    .put("/api/v1/consortia/{c}/exchange-rates", c).then().statusCode(200);
            String image = given().auth().oauth2(Tokens.person(manager))
                    .multiPart("file", "kilim.jpg", Pictures.jpeg(400, 300), "image/jpeg")
                    .post("/api/v1/consortia/{c}/members/{m}/products/{id}/images", c, m, product).then()
                    .statusCode(201).extract().path("id");
            as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", c, product).then()
                    .statusCode(200);
            String variant = Shopping.variantOf(c, product);
            String cart = Shopping.cart(c, null);
            Shopping.add(c, cart, variant, 1);
            Response placed = Shopping.checkout(c, cart, Fixtures.unique("key"), Shopping.address("FR", "69001"));
            return new Shop(c, m, product, variant, image, placed.then().statusCode(201).extract().path("orderNumber"),
                    placed.path("orderToken"));
        }

        /** The route's address in this shop; a route of a cart gets a new cart holding one line. */
        String address(Route route) {
            String path = route.path().replace("{c}", c).replace("{m}", m).replace("{product}", product)
                    .replace("{image}", image).replace("{order}", order).replace("{token}", token);
            if (path.contains("{cart}")) {
                String cart = Shopping.cart(c, null);
                String line = given().contentType("application/json").body(fields("variantId", variant, "quantity", 1))
                        .post("/api/v1/store/{c}/carts/{id}/items", c, cart).then().statusCode(200).extract()
                        .path("lines[0].id");
                path = path.replace("{cart}", cart).replace("{line}", line);
            }
            return path.replace("{line}", UUID.randomUUID().toString());
        }

        /** The route's valid body, as JSON or as a form. */
        byte[] body(Route route) {
            return route.body() == null ? new byte[0] : encode(route, route.body().apply(this));
        }

        /** Sends a request to the route, as a browser for a page; the address and body as given, already encoded. */
        Response send(Route route, String address, byte[] body) {
            var request = given().urlEncodingEnabled(false).redirects().follow(false)
                    .accept(route.page() ? BROWSER : "application/json")
                    .header("Idempotency-Key", Fixtures.unique("key"));
            if (route.body() != null && route.page()) {
                request = request.contentType("application/x-www-form-urlencoded; charset=UTF-8")
                        .body(new String(body, StandardCharsets.UTF_8));
            } else if (route.body() != null) {
                request = request.contentType("application/json").body(body);
            }
            return request.request(route.method(), address);
        }
    }

    static byte[] encode(Route route, Map<String, Object> body) {
        if (route.page()) {
            return body.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mutable map of alternating names and values, so that a test can spoil one field. */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** Sets a field given by its dotted path ({@code shippingAddress.name}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        String[] steps = path.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < steps.length - 1; i++) {
            at = (Map<String, Object>) at.get(steps[i]);
        }
        at.put(steps[steps.length - 1], value);
        return body;
    }
}
