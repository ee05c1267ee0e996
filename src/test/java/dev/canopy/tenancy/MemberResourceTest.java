package dev.canopy.tenancy;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MemberResourceTest {

    private static final String MEMBERS = "/api/v1/consortia/{c}/members";
    private static final String MEMBER = MEMBERS + "/{m}";
    private static final String ARTISANS = MEMBER + "/artisans";

    @Test
    void managerAdmitsAnActiveMember() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String slug = Fixtures.unique("nur");
        as(Tokens.person(manager))
                .body(Map.of("slug", slug, "name", "Nur Embroidery", "region", "Sughd", "craft", "suzani",
                        "country", "TJ", "contactEmail", "nur@example.test", "story", "Silk on cotton"))
                .post(MEMBERS, c)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/consortia/" + c + "/members/" + slug))
                .body("id", notNullValue())
                .body("slug", equalTo(slug))
                .body("status", equalTo("active"));

        as(Tokens.person(manager)).get(MEMBER, c, slug)
                .then().statusCode(200)
                .body("name", equalTo("Nur Embroidery")).body("region", equalTo("Sughd"))
                .body("craft", equalTo("suzani")).body("country", equalTo("TJ"))
                .body("contactEmail", equalTo("nur@example.test")).body("story.en", equalTo("Silk on cotton"));
    }

    @Test
    void listPagesByNameWithTheTotal() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        for (String name : new String[] { "Gamma Looms", "Alpha Looms", "Beta Looms" }) {
            as(Tokens.person(manager))
                    .body(Map.of("slug", Fixtures.unique("w"), "name", name, "country", "AM"))
                    .post(MEMBERS, c).then().statusCode(201);
        }
        as(Tokens.person(manager)).queryParam("page", 0).queryParam("size", 2).get(MEMBERS, c)
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.name", contains("Alpha Looms", "Beta Looms"));
        as(Tokens.person(manager)).queryParam("page", 1).queryParam("size", 2).get(MEMBERS, c)
                .then().statusCode(200).body("total", equalTo(3)).body("items.name", contains("Gamma Looms"));
        as(Tokens.person(manager)).queryParam("size", 101).get(MEMBERS, c)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("size"));
    }

    @Test
    void managerChangesProfileAndStatus() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        as(Tokens.person(manager)).body(Map.of("region", "Khatlon", "status", "suspended"))
                .patch(MEMBER, c, m)
                .then().statusCode(200).body("region", equalTo("Khatlon")).body("status", equalTo("suspended"))
                .body("craft", equalTo("weaving"));
        as(Tokens.person(manager)).get(MEMBER, c, m)
                .then().statusCode(200).body("region", equalTo("Khatlon")).body("status", equalTo("suspended"));
    }

    @Test
    void artisanChangesTheirWorkshopProfileButNotItsStatus() {
        String manager = Fixtures.email("manager");
        String artisan = Fixtures.email("artisan");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        Fixtures.artisan(c, m, manager, artisan);

        as(Tokens.person(artisan)).body(Map.of("story", "Three generations of weavers"))
                .patch(MEMBER, c, m)
                .then().statusCode(200).body("story.en", equalTo("Three generations of weavers"));
        as(Tokens.person(artisan)).body(Map.of("name", "Self-promoted", "status", "active"))
                .patch(MEMBER, c, m)
                .then().statusCode(403).contentType("application/problem+json");
        as(Tokens.person(artisan)).body(Map.of("status", "suspended")).patch(MEMBER, c, m)
                .then().statusCode(403);

        as(Tokens.person(manager)).get(MEMBER, c, m)
                .then().statusCode(200).body("name", equalTo("Workshop " + m)).body("status", equalTo("active"))
                .body("story.en", equalTo("Three generations of weavers"));
    }

    @Test
    void artisanMayNotListOrAdmitMembers() {
        String manager = Fixtures.email("manager");
        String artisan = Fixtures.email("artisan");
        String c = Fixtures.consortium(manager);
        Fixtures.artisan(c, Fixtures.member(c, manager), manager, artisan);

        as(Tokens.person(artisan)).get(MEMBERS, c).then().statusCode(403).contentType("application/problem+json");
        as(Tokens.person(artisan)).body(Map.of("slug", Fixtures.unique("w"), "name", "Mine", "country", "TJ"))
                .post(MEMBERS, c).then().statusCode(403);
        as(Tokens.person(manager)).get(MEMBERS, c).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void takenMemberSlugIsAConflictOnlyWithinItsConsortium() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        Map<String, String> again = Map.of("slug", m, "name", "Again", "country", "TJ");
        as(Tokens.person(manager)).body(again).post(MEMBERS, c)
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Conflict"));
        as(Tokens.person(manager)).get(MEMBER, c, m).then().statusCode(200).body("name", equalTo("Workshop " + m));

        String other = Fixtures.consortium(manager);
        as(Tokens.person(manager)).body(again).post(MEMBERS, other).then().statusCode(201);
    }

    @Test
    void invalidMemberNamesEveryBadField() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        as(Tokens.person(manager))
                .body(Map.of("slug", "Bad Slug!", "name", "", "country", "Tajikistan", "contactEmail", "nope"))
                .post(MEMBERS, c)
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("violations.field", hasItems("slug", "name", "country", "contactEmail"));
        as(Tokens.person(manager)).get(MEMBERS, c).then().statusCode(200).body("total", equalTo(0));

        String m = Fixtures.member(c, manager);
        as(Tokens.person(manager)).body(Map.of("name", "", "contactEmail", "nope"))
                .patch(MEMBER, c, m)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("name", "contactEmail"));
        as(Tokens.person(manager)).get(MEMBER, c, m).then().statusCode(200).body("name", equalTo("Workshop " + m));
    }

    @Test
    void unknownStatusIsAProblemNamingTheField() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        as(Tokens.person(manager)).body(Map.of("status", "retired"))
                .patch(MEMBER, c, m)
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid input"))
                .body("violations.field", contains("status"));
        as(Tokens.person(manager)).get(MEMBER, c, m).then().statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void managerAndArtisansAddAndListTheWorkshopsArtisans() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        String first = "a-" + Fixtures.email("artisan");
        String second = "b-" + Fixtures.email("artisan");
        as(Tokens.person(manager)).body(Map.of("email", first)).post(ARTISANS, c, m)
                .then().statusCode(201).body("email", equalTo(first)).body("addedAt", notNullValue());
        as(Tokens.person(first)).body(Map.of("email", second.toUpperCase())).post(ARTISANS, c, m)
                .then().statusCode(201).body("email", equalTo(second));

        as(Tokens.person(second)).get(ARTISANS, c, m)
                .then().statusCode(200).body("total", equalTo(2)).body("items.email", contains(first, second));
        as(Tokens.person(manager)).queryParam("size", 1).queryParam("page", 1).get(ARTISANS, c, m)
                .then().statusCode(200).body("total", equalTo(2)).body("items.email", contains(second));
    }

    @Test
    void addingTheSameArtisanTwiceIsAConflict() {
        String manager = Fixtures.email("manager");
        String artisan = Fixtures.email("artisan");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        Fixtures.artisan(c, m, manager, artisan);
        as(Tokens.person(manager)).body(Map.of("email", artisan.toUpperCase())).post(ARTISANS, c, m)
                .then().statusCode(409).contentType("application/problem+json");
        as(Tokens.person(manager)).body(Map.of("email", "not-an-email")).post(ARTISANS, c, m)
                .then().statusCode(400).body("violations.field", contains("email"));
        as(Tokens.person(manager)).get(ARTISANS, c, m)
                .then().statusCode(200).body("total", equalTo(1)).body("items.email", contains(artisan));
    }
}
