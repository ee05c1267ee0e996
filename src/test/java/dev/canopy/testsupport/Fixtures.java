package dev.canopy.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Test data made through the API: each test makes its own consortium so tests never see each other. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String who) {
        return unique(who) + "@example.test";
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A consortium with the given first manager; answers its slug. */
    public static String consortium(String managerEmail) {
        return consortium(managerEmail, Map.of());
    }

    /** A consortium with the given slug and first manager; answers its slug. */
    public static String consortium(String slug, String managerEmail) {
        return consortium(managerEmail, Map.of("slug", slug));
    }

    /** A consortium with the given first manager and some fields of its own (name, story, ...). */
    public static String consortium(String managerEmail, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("slug", unique("brand"), "baseCurrency", "EUR",
                "currencies", List.of("USD"), "languages", List.of("en", "ru"),
                "commissionRate", "0.15", "country", "TJ", "managers", List.of(managerEmail)));
        body.putAll(fields);
        String slug = (String) body.get("slug");
        body.putIfAbsent("name", "Brand " + slug);
        as(Tokens.operator()).body(body).post("/api/v1/consortia").then().statusCode(201);
        return slug;
    }

    /** A member of the consortium, admitted by its manager; answers its slug. */
    public static String member(String consortium, String managerEmail) {
        return member(consortium, managerEmail, Map.of());
    }

    /** A member with some fields of its own (name, craft, status, ...), admitted by the manager. */
    public static String member(String consortium, String managerEmail, Map<String, Object> fields) {
        String slug = unique("workshop");
        Map<String, Object> body = new HashMap<>(
                Map.of("slug", slug, "name", "Workshop " + slug, "country", "TJ", "craft", "weaving"));
        body.putAll(fields);
        as(Tokens.person(managerEmail)).body(body)
                .post("/api/v1/consortia/{c}/members", consortium)
                .then().statusCode(201);
        return slug;
    }

    /** The id of a consortium, as the operator sees it. */
    public static UUID consortiumId(String consortium) {
        return UUID.fromString(as(Tokens.operator()).get("/api/v1/consortia/{c}", consortium)
                .then().statusCode(200).extract().path("id"));
    }

    public static void artisan(String consortium, String member, String managerEmail, String artisanEmail) {
        as(Tokens.person(managerEmail))
                .body(Map.of("email", artisanEmail))
                .post("/api/v1/consortia/{c}/members/{m}/artisans", consortium, member)
                .then().statusCode(201);
    }
}
