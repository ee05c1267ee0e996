package dev.canopy.tenancy;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ManagerResourceTest {

    private static final String CONSORTIUM = "/api/v1/consortia/{c}";
    private static final String MANAGERS = CONSORTIUM + "/managers";

    @Test
    void operatorAddsAManagerWhoCanThenManage() {
        String c = Fixtures.consortium(Fixtures.email("first"));
        String added = Fixtures.email("manager");
        as(Tokens.person(added)).get(CONSORTIUM, c).then().statusCode(404);

        as(Tokens.operator()).body(Map.of("email", added)).post(MANAGERS, c)
                .then().statusCode(201).body("email", equalTo(added)).body("addedAt", notNullValue());

        as(Tokens.person(added)).get(CONSORTIUM, c).then().statusCode(200).body("slug", equalTo(c));
        as(Tokens.person(added)).body(Map.of("slug", Fixtures.unique("w"), "name", "Vardan Leather", "country", "AM"))
                .post(CONSORTIUM + "/members", c).then().statusCode(201);
        as(Tokens.person(added)).get("/api/v1/consortia")
                .then().statusCode(200).body("total", equalTo(1)).body("items.slug", contains(c));
    }

    @Test
    void managerAddsAColleagueWhoCanThenManage() {
        String first = "a-" + Fixtures.email("manager");
        String c = Fixtures.consortium(first);
        String colleague = "b-" + Fixtures.email("manager");
        as(Tokens.person(first)).body(Map.of("email", colleague.toUpperCase())).post(MANAGERS, c)
                .then().statusCode(201).body("email", equalTo(colleague));

        as(Tokens.person(colleague)).body(Map.of("story", "Told by the colleague")).patch(CONSORTIUM, c)
                .then().statusCode(200).body("story.en", equalTo("Told by the colleague"));
        as(Tokens.person(colleague)).get(MANAGERS, c)
                .then().statusCode(200).body("total", equalTo(2)).body("items.email", contains(first, colleague));
        as(Tokens.person(first)).queryParam("page", 1).queryParam("size", 1).get(MANAGERS, c)
                .then().statusCode(200).body("total", equalTo(2)).body("items.email", contains(colleague));
    }

    @Test
    void artisanMayNotAddOrListManagers() {
        String manager = Fixtures.email("manager");
        String artisan = Fixtures.email("artisan");
        String c = Fixtures.consortium(manager);
        Fixtures.artisan(c, Fixtures.member(c, manager), manager, artisan);

        as(Tokens.person(artisan)).body(Map.of("email", artisan)).post(MANAGERS, c)
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        as(Tokens.person(artisan)).get(MANAGERS, c).then().statusCode(403);
        as(Tokens.person(artisan)).get(CONSORTIUM, c).then().statusCode(403);

        as(Tokens.person(manager)).get(MANAGERS, c)
                .then().statusCode(200).body("total", equalTo(1)).body("items.email", contains(manager));
    }

    @Test
    void addingAManagerTwiceIsAConflict() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        as(Tokens.operator()).body(Map.of("email", manager.toUpperCase())).post(MANAGERS, c)
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Conflict"));
        as(Tokens.person(manager)).body(Map.of("email", manager)).post(MANAGERS, c).then().statusCode(409);
        as(Tokens.person(manager)).get(MANAGERS, c).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void invalidEmailIsInvalidInput() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        List<Map<String, String>> bodies = List.of(Map.of("email", "not-an-email"), Map.of("email", ""), Map.of());
        for (Map<String, String> body : bodies) {
            as(Tokens.person(manager)).body(body).post(MANAGERS, c)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("title", equalTo("Invalid input")).body("violations.field", contains("email"));
        }
        as(Tokens.person(manager)).get(MANAGERS, c).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void noTokenIsUnauthorized() {
        String c = Fixtures.consortium(Fixtures.email("manager"));
        given().get(MANAGERS, c).then().statusCode(401);
    }
}
