package dev.canopy.tenancy;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Requests find their consortium by slug; the directory's cache never hides a consortium that exists. */
@QuarkusTest
class TenantResolutionTest {

    @Test
    void slugAskedForBeforeItExistedIsFoundOnceCreated() {
        String manager = Fixtures.email("manager");
        String slug = Fixtures.unique("brand");
        as(Tokens.operator()).get("/api/v1/consortia/{c}", slug)
                .then().statusCode(404).contentType("application/problem+json");

        Fixtures.consortium(slug, manager);

        as(Tokens.operator()).get("/api/v1/consortia/{c}", slug).then().statusCode(200).body("slug", equalTo(slug));
        as(Tokens.person(manager)).body(Map.of("slug", Fixtures.unique("w"), "name", "First", "country", "TJ"))
                .post("/api/v1/consortia/{c}/members", slug).then().statusCode(201);
    }

    @Test
    void newConsortiumMayNotTakeAnotherConsortiumsDomain() {
        String domain = mappedDomain();
        as(Tokens.operator()).body(Map.of("slug", Fixtures.unique("brand"), "name", "Second", "baseCurrency", "EUR",
                "languages", List.of("en"), "commissionRate", "0.1", "country", "TJ", "domains", List.of(domain)))
                .post("/api/v1/consortia").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void managerMayNotMoveAnotherConsortiumsDomainToTheirs() {
        String domain = mappedDomain();
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        as(Tokens.person(manager)).body(Map.of("name", "Renamed", "domains", List.of(domain)))
                .patch("/api/v1/consortia/{c}", c)
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Conflict"));
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}", c)
                .then().statusCode(200).body("name", equalTo("Brand " + c)).body("domains", empty());
    }

    /** A custom domain mapped to a consortium made for the purpose. */
    private static String mappedDomain() {
        String domain = Fixtures.unique("shop") + ".example.com";
        as(Tokens.operator()).body(Map.of("slug", Fixtures.unique("brand"), "name", "First", "baseCurrency", "EUR",
                "languages", List.of("en"), "commissionRate", "0.1", "country", "TJ", "domains", List.of(domain)))
                .post("/api/v1/consortia").then().statusCode(201);
        return domain;
    }
}
