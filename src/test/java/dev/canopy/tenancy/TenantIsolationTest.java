package dev.canopy.tenancy;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Route;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoConsortia;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * No request reads or changes another consortium's or another member's data, and the answer never
 * reveals that it exists. Every route of the API is a row here: a new route adds a row.
 */
@QuarkusTest
class TenantIsolationTest {

    private static final String CONSORTIUM = "/api/v1/consortia/{c}";
    private static final String MEMBER = CONSORTIUM + "/members/{m}";

    static Stream<Route> routes() {
        return Stream.of(
                Route.get(CONSORTIUM),
                Route.patch(CONSORTIUM, () -> Map.of("story", "Told by " + Fixtures.unique("caller"))),
                Route.post(CONSORTIUM + "/managers", () -> Map.of("email", Fixtures.email("manager"))),
                Route.get(CONSORTIUM + "/managers"),
                Route.post(CONSORTIUM + "/members", () -> Map.of("slug", Fixtures.unique("workshop"),
                        "name", "Pamir Looms", "country", "TJ", "craft", "weaving")),
                Route.get(CONSORTIUM + "/members"),
                Route.get(MEMBER),
                Route.patch(MEMBER, () -> Map.of("story", "Told by " + Fixtures.unique("caller"))),
                Route.post(MEMBER + "/artisans", () -> Map.of("email", Fixtures.email("artisan"))),
                Route.get(MEMBER + "/artisans"),
                Route.post(MEMBER + "/products", () -> Products.carpet("Kilim", "Килим", 24000)),
                Route.get(MEMBER + "/products"),
                Route.get(CONSORTIUM + "/reviews"),
                Route.get(CONSORTIUM + "/categories"),
                Route.post(CONSORTIUM + "/categories",
                        () -> Map.of("slug", Fixtures.unique("rugs"), "name", Map.of("en", "Rugs"))),
                Route.get(CONSORTIUM + "/exchange-rates"),
                Route.put(CONSORTIUM + "/exchange-rates", () -> Map.of("rates", Map.of("USD", "1.0842"))),
                Route.get(CONSORTIUM + "/orders"),
                Route.get(CONSORTIUM + "/shipping"),
                Route.put(CONSORTIUM + "/shipping", () -> Map.of("model", "hub", "zones", java.util.List.of(Map.of(
                        "name", "World", "countries", java.util.List.of("*"),
                        "rates", java.util.List.of(Map.of("perParcel", 1500, "perKg", 400)))))),
                Route.get(MEMBER + "/fulfilments"),
                Route.get(CONSORTIUM + "/customs"),
                Route.get(CONSORTIUM + "/featured"),
                Route.put(CONSORTIUM + "/featured", () -> Map.of("products", java.util.List.of())),
                Route.put(CONSORTIUM + "/customs", () -> Map.of("incoterm", "DDP", "iossNumber", "IM0123456789")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void nobodyReachesAnotherConsortiumOrMemberYetTheRightfulCallerDoes(Route route) {
        TwoConsortia w = TwoConsortia.create();
        String unknown = Fixtures.unique("nowhere");

        route.call(given().contentType(ContentType.JSON), w.a(), w.a2()).then().statusCode(401);

        String detail = notFound(route.call(as(Tokens.person(w.managerB())), w.a(), w.a2()).then());
        // Someone else's consortium or member answers exactly as one that does not exist
        String nonexistent = route.ofMember()
                ? route.call(as(Tokens.person(w.managerB())), w.a(), unknown).then().extract().path("detail")
                : route.call(as(Tokens.person(w.managerB())), unknown, w.a2()).then().extract().path("detail");
        assertThat(detail, equalTo(nonexistent));

        notFound(route.call(as(Tokens.operator()), unknown, w.a2()).then());
        if (route.ofMember()) {
            notFound(route.call(as(Tokens.person(w.managerB())), w.b(), w.a2()).then());
            notFound(route.call(as(Tokens.person(w.artisanA1())), w.a(), w.a2()).then());
            notFound(route.call(as(Tokens.operator()), w.a(), unknown).then());
        }

        // Controls: the same requests succeed for those they belong to, so the 404s above mean something
        success(route.call(as(Tokens.person(w.managerA())), w.a(), w.a2()).then());
        success(route.call(as(Tokens.person(w.managerB())), w.b(), w.b1()).then());
        if (route.ofMember()) {
            success(route.call(as(Tokens.person(w.artisanA1())), w.a(), w.a1()).then());
        }
    }

    private static String notFound(ValidatableResponse response) {
        return response.statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not found"))
                .extract().path("detail");
    }

    private static void success(ValidatableResponse response) {
        response.statusCode(allOf(greaterThanOrEqualTo(200), lessThan(300)));
    }
}
