package dev.canopy.platform;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessIncludeTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void openApiDescribesTheContract() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/consortia/{c}/members/{m}/artisans"));
    }

    @Test
    void prometheusCountsBusinessEventsAndProblems() {
        String manager = Fixtures.email("manager");
        String consortium = Fixtures.consortium(manager);
        Fixtures.member(consortium, manager);
        as(Tokens.person(manager)).body(Map.of("slug", "Not Valid")).post("/api/v1/consortia/{c}/members", consortium)
                .then().statusCode(400);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("canopy_consortia_created_total"))
                .body(containsString("canopy_members_admitted_total"))
                .body(containsString("canopy_problems_total{status=\"400\"}"));
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        given().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void unexpectedPathsAnswerProblemsWithoutInternals() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }
}
