package dev.canopy.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Static files at addresses versioned by content are kept a year; the brand's theme is inlined, allowed by its
 * hash; pages carry a validator that answers 304.
 */
@QuarkusTest
class StaticFilesAndValidatorsTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/static/canopy\\.css\\?v=[0-9a-f]{16})\"");

    @Test
    void pagesLinkStylesByContentVersionAndThoseAddressesAreKeptForAYear() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        Matcher linked = STYLESHEET.matcher(given().get("/shop/{c}/", shop).then().statusCode(200).extract().asString());
        assertTrue(linked.find(), "the page links canopy.css by version");

        given().get(linked.group(1)).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().get("/static/canopy.css").then().statusCode(200).header("Cache-Control", equalTo("public, max-age=300"));
        given().get("/static/canopy.css?v=0000000000000000").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"));
    }

    @Test
    void theBrandsThemeIsInlinedAndThePolicyAllowsThatStyleByItsHashAlone() throws Exception {
        String shop = Fixtures.consortium(Fixtures.email("manager"), Map.of("primaryColor", "#7a1f3d"));
        String css = ":root{--brand:#7a1f3d;}";
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(css.getBytes(StandardCharsets.UTF_8)));
        given().get("/shop/{c}/products", shop).then().statusCode(200)
                .body(containsString("<style>" + css + "</style>"))
                .body(not(containsString("theme.css")))
                .header("Content-Security-Policy", containsString(
                        "style-src 'self' 'sha256-" + hash + "';"));
        given().redirects().follow(false).get("/portal/").then().header("Content-Security-Policy",
                containsString("style-src 'self';"));
    }

    @Test
    void aPageAskedAgainWithItsETagIsA304WithoutABody() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        String etag = given().get("/shop/{c}/products", shop).then().statusCode(200).header("ETag", startsWith("W/\""))
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/shop/{c}/products", shop).then().statusCode(304)
                .body(emptyString());
        given().header("If-None-Match", "W/\"other\"").get("/shop/{c}/products", shop).then().statusCode(200);
    }
}
