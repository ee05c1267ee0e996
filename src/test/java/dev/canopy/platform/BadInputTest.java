package dev.canopy.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.canopy.platform.PublicRoutes.Route;
import dev.canopy.platform.PublicRoutes.Shop;
import dev.canopy.testsupport.ErrorLog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Bad input is a 400 naming what is wrong (413 for a JSON body too large), never a 500, on every
 * public route, and nothing is logged as an error meanwhile. The routes share one shop: what they
 * refuse changes nothing.
 */
@QuarkusTest
class BadInputTest {

    private static Shop shop;
    private ErrorLog errors;

    /** Bad text in a request's address: where it goes, and the field the problem names. */
    record BadAddress(String name, String field, BiFunction<String, Shop, String> spoil) {

        static BadAddress query(String name, String parameter) {
            return new BadAddress(name, "q", (a, s) -> a + (a.contains("?") ? "&" : "?") + "q=" + parameter);
        }

        static BadAddress path(String name, String escape) {
            return new BadAddress(name, "path", (a, s) -> a.replaceFirst("/" + s.c(), "/" + s.c() + escape));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A JSON body spoilt in its text or number field. */
    enum BadJson {
        NUL_IN_TEXT,
        LONE_SURROGATE_IN_TEXT,
        INVALID_UTF8_IN_TEXT,
        NUMBER_OUT_OF_RANGE,
        NOT_JSON;

        String field(Route route) {
            return this == NOT_JSON ? "body" : this == NUMBER_OUT_OF_RANGE ? route.number() : route.text();
        }

        byte[] body(Route route, Map<String, Object> valid) {
            return switch (this) {
                case NUL_IN_TEXT -> PublicRoutes.encode(route, PublicRoutes.with(valid, route.text(), "A\u0000B"));
                case LONE_SURROGATE_IN_TEXT -> PublicRoutes.encode(route, PublicRoutes.with(valid, route.text(), "A\uD800B"));
                case INVALID_UTF8_IN_TEXT -> new String(PublicRoutes.encode(route, PublicRoutes.with(valid, route.text(),
                        "SPOILT")), StandardCharsets.ISO_8859_1).replace("SPOILT", "caf\u00FF")
                        .getBytes(StandardCharsets.ISO_8859_1);
                case NUMBER_OUT_OF_RANGE ->
                    PublicRoutes.encode(route, PublicRoutes.with(valid, route.number(), 99_999_999_999L));
                case NOT_JSON -> "not JSON".getBytes(StandardCharsets.UTF_8);
            };
        }
    }

    static Stream<Route> routes() {
        return PublicRoutes.all().stream();
    }

    static Stream<Arguments> routesWithBadAddresses() {
        return routes().flatMap(route -> Stream.of(
                BadAddress.query("a NUL in a query parameter", "A%00B"),
                BadAddress.query("a control character in a query parameter", "A%07B"),
                BadAddress.query("invalid UTF-8 in a query parameter", "caf%FF"),
                BadAddress.query("a cut UTF-8 sequence in a query parameter", "caf%C3"),
                BadAddress.path("a NUL in the path", "%00"),
                BadAddress.path("invalid UTF-8 in the path", "%FF"))
                .filter(bad -> bad.field().equals("q") || route.path().contains("{c}"))
                .map(bad -> Arguments.of(route, bad)));
    }

    static Stream<Route> jsonRoutes() {
        return routes().filter(route -> !route.page() && route.body() != null);
    }

    static Stream<Route> formRoutesWithText() {
        return routes().filter(route -> route.page() && route.text() != null);
    }

    static Stream<Arguments> jsonRoutesWithBadBodies() {
        return jsonRoutes()
                .flatMap(route -> Stream.of(BadJson.values()).filter(bad -> bad.field(route) != null)
                        .map(bad -> Arguments.of(route, bad)));
    }

    @BeforeEach
    void aShopAndAnEarForErrors() {
        errors = ErrorLog.install();
        if (shop == null) {
            shop = Shop.open();
        }
    }

    @AfterEach
    void nothingWasLoggedAsAnError() {
        errors.uninstall();
        assertThat(errors.records(), empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void everyRouteAnswersItsValidRequest(Route route) {
        shop.send(route, shop.address(route), shop.body(route)).then()
                .statusCode(allOf(greaterThanOrEqualTo(200), lessThan(400)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("routesWithBadAddresses")
    void unreadableTextInTheAddressIsRefusedNamingWhereItIs(Route route, BadAddress bad) {
        String address = bad.spoil().apply(shop.address(route), shop);
        refused(route, shop.send(route, address, shop.body(route)), 400, bad.field());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("jsonRoutesWithBadBodies")
    void unreadableJsonIsRefusedNamingTheField(Route route, BadJson bad) {
        byte[] body = bad.body(route, route.body().apply(shop));
        refused(route, shop.send(route, shop.address(route), body), 400, bad.field(route));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonRoutes")
    void jsonBodiesOverOneMegabyteAreRefusedAsTooLarge(Route route) {
        Map<String, Object> body = route.body().apply(shop);
        body.put("padding", "x".repeat(1_100_000));
        refused(route, shop.send(route, shop.address(route), PublicRoutes.encode(route, body)), 413, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formRoutesWithText")
    void aNulInAFormFieldIsRefusedWithAProblemPage(Route route) {
        byte[] form = PublicRoutes.encode(route, PublicRoutes.with(route.body().apply(shop), route.text(), "SPOILT"));
        byte[] spoilt = new String(form, StandardCharsets.UTF_8).replace("SPOILT", "A%00B").getBytes(StandardCharsets.UTF_8);
        refused(route, shop.send(route, shop.address(route), spoilt), 400, route.text());
    }

    static Stream<String> badCatalogParameters() {
        return Stream.of("page=2147483647", "page=100001", "page=-1", "page=abc", "size=0", "size=101", "size=abc",
                "minPrice=1e30", "minPrice=99999999999999999999", "minPrice=-1", "maxPrice=abc", "inStock=maybe",
                "sort=sideways", "lang=english", "currency=euro", "q=" + "a".repeat(201),
                "minPrice=9223372036854775807&currency=USD", "maxPrice=9223372036854775807&currency=USD");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCatalogParameters")
    void catalogParametersOfTheWrongTypeOrOutOfBoundsAreRefusedByName(String parameter) {
        String name = parameter.substring(0, parameter.indexOf('='));
        given().urlEncodingEnabled(false).get("/api/v1/store/" + shop.c() + "/products?" + parameter).then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem(name));
    }

    @Test
    void catalogParametersAtTheirBoundsAreAnswered() {
        given().get("/api/v1/store/{c}/products?q=kilim&page=0&size=100&minPrice=0&maxPrice=9999999&inStock=true"
                + "&sort=price_asc&lang=en&currency=EUR", shop.c()).then().statusCode(200).body("total", equalTo(1));
        given().get("/api/v1/store/{c}/products?page=100000&size=100", shop.c()).then().statusCode(200)
                .body("items", empty());
    }

    /** The storefront reads what a person may mistype leniently: the first page, no price filter. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "products?page=2147483647", "products?page=abc", "products?page=-1", "products?min=1e30",
            "products?max=99999999999999999999", "makers/{m}?page=2147483647" })
    void storefrontPagesReadAMistypedPageOrPriceAsNone(String page) {
        given().accept(PublicRoutes.BROWSER).get("/shop/{c}/" + page.replace("{m}", shop.m()), shop.c()).then()
                .statusCode(200).body(containsString("Kilim"));
    }

    private static void refused(Route route, Response response, int status, String field) {
        ValidatableResponse then = response.then().statusCode(status);
        if (route.page()) {
            then.contentType(startsWith("text/html")).body(containsString("<p class=\"lead\">" + status + " · "));
            if (field != null) {
                then.body(containsString("<strong>" + field + "</strong>"));
            }
        } else {
            then.contentType("application/problem+json").body("status", equalTo(status));
            if (field != null) {
                then.body("violations.field", hasItem(field));
            }
        }
    }
}
