package dev.canopy.tenancy;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A workshop's street address: given on admission or later, checked as the post of its country checks it. */
@QuarkusTest
class MemberAddressTest {

    private static final String MEMBERS = "/api/v1/consortia/{c}/members";
    private static final String MEMBER = MEMBERS + "/{m}";

    static Map<String, Object> khujand() {
        return Map.of("line1", "Lenin Street 31", "city", "Khujand", "postalCode", " 735700 ", "region", "Sughd",
                "country", "TJ");
    }

    @Test
    void theManagerAdmitsAWorkshopWithItsAddress() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String slug = Fixtures.unique("nur");
        as(Tokens.person(manager)).body(Map.of("slug", slug, "name", "Nur", "country", "TJ", "address", khujand()))
                .post(MEMBERS, c).then().statusCode(201).body("address.postalCode", equalTo("735700"));
        as(Tokens.person(manager)).get(MEMBER, c, slug).then().statusCode(200)
                .body("address.line1", equalTo("Lenin Street 31")).body("address.line2", nullValue())
                .body("address.city", equalTo("Khujand")).body("address.region", equalTo("Sughd"))
                .body("address.country", equalTo("TJ"));
    }

    @Test
    void aPostalCodeThePostWouldRefuseIsAProblemNamingTheField() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        Map<String, Object> berlin = Map.of("line1", "Torstraße 1", "city", "Berlin", "postalCode", "1043",
                "country", "DE");
        as(Tokens.person(manager)).body(Map.of("address", berlin)).patch(MEMBER, c, m).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("address.postalCode"));
        as(Tokens.person(manager)).body(Map.of("address", Map.of("line1", "Torstraße 1", "city", "Berlin",
                "country", "DE"))).patch(MEMBER, c, m).then().statusCode(400)
                .body("violations.field", contains("address.postalCode"));
        as(Tokens.person(manager)).body(Map.of("address", Map.of("city", "Berlin", "country", "XX")))
                .patch(MEMBER, c, m).then().statusCode(400)
                .body("violations.field", containsInAnyOrder("address.line1", "address.country"));
        as(Tokens.person(manager)).get(MEMBER, c, m).then().statusCode(200).body("address", nullValue());
    }

    @Test
    void anArtisanSetsTheirOwnWorkshopsAddressOnly() {
        String manager = Fixtures.email("manager");
        String artisan = Fixtures.email("artisan");
        String c = Fixtures.consortium(manager);
        String mine = Fixtures.member(c, manager);
        String theirs = Fixtures.member(c, manager);
        Fixtures.artisan(c, mine, manager, artisan);

        as(Tokens.person(artisan)).body(Map.of("address", khujand())).patch(MEMBER, c, mine).then().statusCode(200)
                .body("address.city", equalTo("Khujand")).body("name", equalTo("Workshop " + mine));
        as(Tokens.person(artisan)).body(Map.of("address", khujand())).patch(MEMBER, c, theirs).then().statusCode(404);
        as(Tokens.person(manager)).get(MEMBER, c, theirs).then().statusCode(200).body("address", nullValue());
    }

    @Test
    void anotherConsortiumsMemberIsNotFound() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        String stranger = Fixtures.email("manager");
        String other = Fixtures.consortium(stranger);
        as(Tokens.person(stranger)).body(Map.of("address", khujand())).patch(MEMBER, other, m).then()
                .statusCode(404);
        as(Tokens.person(stranger)).body(Map.of("address", khujand())).patch(MEMBER, c, m).then().statusCode(404);
        as(Tokens.person(manager)).get(MEMBER, c, m).then().statusCode(200).body("address", nullValue());
    }
}
