package dev.canopy.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Static files at addresses versioned by content are kept a year; pages carry a validator that answers 304. */
@QuarkusTest
class StaticFilesAndValidatorsTest {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/static/canopy\\.css\\?v=[0-9a-f]{16})\"");

    @Test
    void pagesLinkStylesByContentVersionAndThoseAddressesAreKeptForAYear() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        Matcher linked = STYLESHEET.matcher(given().get("/shop/{c}/", shop).then().statusCode(200).extract().asString());
        org.junit.jupiter.api.Assertions.assertTrue(linked.find(), "the page links canopy.css by version");

        given().get(linked.group(1)).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        given().get("/static/canopy.css").then().statusCode(200).header("Cache-Control", equalTo("public, max-age=300"));
        given().get("/static/canopy.css?v=0000000000000000").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"));
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
