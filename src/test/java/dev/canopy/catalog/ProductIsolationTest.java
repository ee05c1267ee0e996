package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoConsortia;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The isolation table for routes of one product: its id leads nowhere outside its member. */
@QuarkusTest
class ProductIsolationTest {

    private static final String PRODUCT = "/api/v1/consortia/{c}/members/{m}/products/{id}";
    private static final String REVIEW = "/api/v1/consortia/{c}/reviews/{id}";

    record ProductRoute(String method, String path, Map<String, ?> body, boolean pending) {
        boolean ofMember() {
            return path.contains("{m}");
        }

        Response call(String token, String c, String m, String id) {
            var request = as(token);
            if (body != null) {
                request = request.body(body);
            }
            return request.pathParams(ofMember() ? Map.of("c", c, "m", m, "id", id) : Map.of("c", c, "id", id))
                    .request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<ProductRoute> routes() {
        return Stream.of(
                new ProductRoute("GET", PRODUCT, null, false),
                new ProductRoute("PATCH", PRODUCT, Map.of("technique", "hand-knotted"), false),
                new ProductRoute("DELETE", PRODUCT, null, false),
                new ProductRoute("POST", PRODUCT + "/submit", null, false),
                new ProductRoute("POST", REVIEW + "/approve", null, true),
                new ProductRoute("POST", REVIEW + "/reject", Map.of("reason", "Blurry photos"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aProductIdLeadsNowhereOutsideItsMemberYetWorksForItsOwners(ProductRoute route) {
        TwoConsortia w = TwoConsortia.create();
        String product = product(w, route.pending());
        String managerB = Tokens.person(w.managerB());
        String artisanA1 = Tokens.person(w.artisanA1());

        route.call(managerB, w.a(), w.a2(), product).then().statusCode(404);
        route.call(managerB, w.b(), w.b1(), product).then().statusCode(404);
        if (route.ofMember()) {
            route.call(artisanA1, w.a(), w.a2(), product).then().statusCode(404);
            route.call(artisanA1, w.a(), w.a1(), product).then().statusCode(404);
        } else {
            route.call(artisanA1, w.a(), w.a1(), product).then().statusCode(403);
        }
        route.call(Tokens.person(w.managerA()), w.a(), w.a2(), product).then()
                .statusCode(allOf(greaterThanOrEqualTo(200), lessThan(300)));
    }

    private static String product(TwoConsortia w, boolean pending) {
        String manager = Tokens.person(w.managerA());
        String id = Products.draft(w.a(), w.a2(), manager, Products.carpet("Kilim", "Килим", 24000));
        if (pending) {
            as(manager).post(PRODUCT + "/submit", w.a(), w.a2(), id).then().statusCode(200);
        }
        return id;
    }
}
