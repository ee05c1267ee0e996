package dev.canopy.tenancy;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Brand and workshop stories are written per language; a plain text is the first language's. */
@QuarkusTest
class StoryTest {

    private static final String CONSORTIUM = "/api/v1/consortia/{c}";
    private static final String MEMBER = "/api/v1/consortia/{c}/members/{m}";
    private static final String STORE = "/api/v1/store/{c}";

    @Test
    void aBrandStoryIsKeptPerLanguageAndShownPublicly() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        as(Tokens.person(manager)).body(Map.of("story", Map.of("en", "Woven in the Pamirs", "ru", "Соткано на Памире")))
                .patch(CONSORTIUM, c)
                .then().statusCode(200).body("story.en", equalTo("Woven in the Pamirs"))
                .body("story.ru", equalTo("Соткано на Памире"));
        given().get(STORE, c).then().statusCode(200).body("story.ru", equalTo("Соткано на Памире"));
    }

    @Test
    void aPlainTextStoryReplacesOnlyTheFirstLanguagesText() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager, Map.of("story", Map.of("en", "Old", "ru", "Старый")));
        as(Tokens.person(manager)).body(Map.of("story", "New")).patch(CONSORTIUM, c)
                .then().statusCode(200).body("story.en", equalTo("New")).body("story.ru", equalTo("Старый"));
    }

    @Test
    void aStoryInALanguageTheBrandDoesNotOfferIsRefusedNamingIt() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        as(Tokens.person(manager)).body(Map.of("story", Map.of("de", "Gewebt"))).patch(CONSORTIUM, c)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("story.de"));
        as(Tokens.person(manager)).get(CONSORTIUM, c).then().statusCode(200).body("story.de", nullValue());
    }

    @Test
    void aBlankTextRemovesThatLanguagesStory() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager, Map.of("story", Map.of("en", "Silk", "ru", "Шёлк")));
        as(Tokens.person(manager)).body(Map.of("story", Map.of("en", "Silk", "ru", " "))).patch(MEMBER, c, m)
                .then().statusCode(200).body("story.en", equalTo("Silk")).body("story.ru", nullValue());
    }

    @Test
    void aWorkshopStoryInAnUnofferedLanguageIsRefusedNamingIt() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        String m = Fixtures.member(c, manager);
        as(Tokens.person(manager)).body(Map.of("story", Map.of("hy", "Մետաքս"))).patch(MEMBER, c, m)
                .then().statusCode(400).body("violations.field", contains("story.hy"));
    }

    @Test
    void aStoryThatIsNeitherTextNorMapIsRefusedNamingTheField() {
        String manager = Fixtures.email("manager");
        String c = Fixtures.consortium(manager);
        as(Tokens.person(manager)).body(Map.of("story", 42)).patch(CONSORTIUM, c)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("story"));
    }
}
