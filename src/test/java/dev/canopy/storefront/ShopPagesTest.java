package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The brand's own pages: written by its managers in Markdown per language, shown safely, linked from the footer. */
@QuarkusTest
class ShopPagesTest extends BrandWithAWorkshop {

    private static final String PAGE = "/api/v1/consortia/{c}/pages/{slug}";

    @Test
    void aManagersPagesAreShownInTheShoppersLanguageAndLinkedFromEveryFooter() {
        put("returns", Map.of("en", "Returns", "ru", "Возврат"), Map.of("en", "Send it back within **14 days**.",
                "ru", "Верните в течение **14 дней**."));
        put("legal", Map.of("en", "Legal notice"), Map.of("en", "Zarbof Home LLC, Khujand"));

        given().get("/shop/{c}/pages/returns?lang=en", consortium).then().statusCode(200)
                .body(containsString("<h1>Returns</h1>"))
                .body(containsString("<p>Send it back within <strong>14 days</strong>.</p>"));
        given().get("/shop/{c}/pages/returns?lang=ru", consortium).then().statusCode(200)
                .body(containsString("<h1>Возврат</h1>"));
        // The usual pages in their usual order, in the shopper's language (else the first written)
        String home = given().get("/shop/{c}/?lang=ru", consortium).then().statusCode(200).extract().asString();
        int legal = home.indexOf(">Legal notice</a>");
        int returns = home.indexOf(">Возврат</a>");
        assertTrue(legal > 0 && returns > legal, "legal notice, then returns");

        as(Tokens.person(manager)).delete(PAGE, consortium, "legal").then().statusCode(204);
        given().get("/shop/{c}/?lang=en", consortium).then().body(not(containsString(">Legal notice</a>")));
        given().get("/shop/{c}/pages/legal", consortium).then().statusCode(404);
    }

    @Test
    void markdownCannotCarryHtmlOrScriptLinks() {
        put("contact", Map.of("en", "Contact"), Map.of("en",
                "<script>alert('x')</script>\n\n[write to us](javascript:alert(1)) or [mail](mailto:hello@example.com)"));
        given().get("/shop/{c}/pages/contact?lang=en", consortium).then().statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;"))
                .body(not(containsString("href=\"javascript:")))
                .body(containsString("href=\"mailto:hello@example.com\""));
    }

    @Test
    void onlyTheBrandsManagersWritePagesAndBadOnesAre400NamingTheField() {
        Map<String, Object> page = Map.of("title", Map.of("en", "Privacy"), "body", Map.of("en", "We keep little."));
        as(Tokens.person(manager)).contentType(ContentType.JSON).body(Map.of("title", Map.of("fr", "Confidentialité"),
                "body", Map.of("en", "…"))).put(PAGE, consortium, "privacy").then().statusCode(400)
                .body("violations[0].field", equalTo("title"));
        as(Tokens.person(manager)).contentType(ContentType.JSON).body(Map.of("body", Map.of("en", "…")))
                .put(PAGE, consortium, "privacy").then().statusCode(400);
        as(Tokens.person(manager)).contentType(ContentType.JSON).body(page).put(PAGE, consortium, "Not A Slug")
                .then().statusCode(400);
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(consortium, member, manager, artisan);
        as(Tokens.person(artisan)).contentType(ContentType.JSON).body(page).put(PAGE, consortium, "privacy").then()
                .statusCode(403);
        String other = Fixtures.email("manager");
        Fixtures.consortium(other);
        as(Tokens.person(other)).contentType(ContentType.JSON).body(page).put(PAGE, consortium, "privacy").then()
                .statusCode(404);
        given().contentType(ContentType.JSON).body(page).put(PAGE, consortium, "privacy").then().statusCode(401);
        given().get("/shop/{c}/pages/privacy", consortium).then().statusCode(404);
    }

    private void put(String slug, Map<String, String> title, Map<String, String> body) {
        as(Tokens.person(manager)).contentType(ContentType.JSON).body(Map.of("title", title, "body", body))
                .put(PAGE, consortium, slug).then().statusCode(200).body("slug", equalTo(slug));
    }
}
