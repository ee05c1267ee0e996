package dev.canopy.fulfilment.papers;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The customs profile: defaults from the consortium, the manager's changes, and what is refused. */
@QuarkusTest
class CustomsProfileTest {

    private static final String CUSTOMS = "/api/v1/consortia/{c}/customs";

    @Test
    void aNewConsortiumShipsDapWithoutIossInItsOwnName() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager, Map.of("name", "Zarbof Looms", "country", "TJ"));
        as(Tokens.person(manager)).get(CUSTOMS, shop).then().statusCode(200)
                .body("incoterm", equalTo("DAP"))
                .body("iossNumber", nullValue())
                .body("sender.name", equalTo("Zarbof Looms"))
                .body("sender.country", equalTo("TJ"));
    }

    @Test
    void theManagerSetsTheProfileAndArtisansMayReadButNotChangeIt() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(shop, member, manager, artisan);

        as(Tokens.person(manager)).body(profile("DDP", "IM0123456789")).put(CUSTOMS, shop).then().statusCode(200)
                .body("incoterm", equalTo("DDP"))
                .body("iossNumber", equalTo("IM0123456789"))
                .body("sender.city", equalTo("Dushanbe"));
        as(Tokens.person(artisan)).get(CUSTOMS, shop).then().statusCode(200)
                .body("incoterm", equalTo("DDP"))
                .body("sender.line1", equalTo("Rudaki Avenue 12"));
        as(Tokens.person(artisan)).body(profile("DAP", null)).put(CUSTOMS, shop).then().statusCode(403);

        // Leaving out the IOSS number and the sender goes back to none and the consortium's name
        as(Tokens.person(manager)).body(Map.of("incoterm", "DAP")).put(CUSTOMS, shop).then().statusCode(200)
                .body("iossNumber", nullValue())
                .body("sender.line1", nullValue())
                .body("sender.name", equalTo("Brand " + shop));
    }

    @Test
    void anInvalidProfileIsRefusedFieldByFieldAndChangesNothing() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        as(Tokens.person(manager)).body(profile("DDP", "IM0123456789")).put(CUSTOMS, shop).then().statusCode(200);

        Map<String, Object> bad = profile("DDP", "IM12345");
        bad.put("sender", Map.of("name", " ", "country", "XX"));
        as(Tokens.person(manager)).body(bad).put(CUSTOMS, shop).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("iossNumber", "sender.name", "sender.country"));
        as(Tokens.person(manager)).body(profile("FOB", null)).put(CUSTOMS, shop).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("incoterm"));
        as(Tokens.person(manager)).body(Map.of("iossNumber", "IM0123456789")).put(CUSTOMS, shop).then()
                .statusCode(400).body("violations.field", containsInAnyOrder("incoterm"));

        as(Tokens.person(manager)).get(CUSTOMS, shop).then().statusCode(200)
                .body("incoterm", equalTo("DDP"))
                .body("iossNumber", equalTo("IM0123456789"));
    }

    @Test
    void aSenderPostalCodeThePostWouldRefuseNeverReachesThePapers() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        Map<String, Object> bad = profile("DAP", null);
        bad.put("sender", Map.of("name", "Zarbof Export Consortium", "city", "Dushanbe", "postalCode", "7340",
                "country", "TJ"));
        as(Tokens.person(manager)).body(bad).put(CUSTOMS, shop).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("sender.postalCode"));
        as(Tokens.person(manager)).get(CUSTOMS, shop).then().statusCode(200).body("sender.postalCode", nullValue());
    }

    @Test
    void anotherConsortiumsManagerFindsNoProfile() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String stranger = Fixtures.email("manager");
        Fixtures.consortium(stranger);
        as(Tokens.person(stranger)).get(CUSTOMS, shop).then().statusCode(404);
        as(Tokens.person(stranger)).body(profile("DDP", null)).put(CUSTOMS, shop).then().statusCode(404);
        io.restassured.RestAssured.given().get(CUSTOMS, shop).then().statusCode(401);
    }

    static Map<String, Object> profile(String incoterm, String ioss) {
        Map<String, Object> body = new HashMap<>();
        body.put("incoterm", incoterm);
        body.put("iossNumber", ioss);
        body.put("sender", Map.of("name", "Zarbof Export Consortium", "line1", "Rudaki Avenue 12", "city", "Dushanbe",
                "postalCode", "734025", "country", "TJ"));
        return body;
    }
}
