package dev.canopy.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A page's language is negotiated on one URL (Accept-Language, or ?lang=): each public page names its canonical
 * address and the same page in every language of the brand, and says it varies by Accept-Language.
 */
@QuarkusTest
class LanguageAlternatesTest extends BrandWithAWorkshop {

    @Test
    void eachPublicPageLinksItsCanonicalAndEveryLanguageVersion() {
        String product = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));
        String home = "http://localhost:8080/shop/" + consortium + "/";
        for (String path : new String[] { "", "products", "products/" + product, "makers/" + member }) {
            given().header("Accept-Language", "ru").get("/shop/" + consortium + "/" + path).then().statusCode(200)
                    .header("Vary", containsString("Accept-Language"))
                    .body(containsString("<link rel=\"canonical\" href=\"" + home + path + "?lang=ru\">"))
                    .body(containsString("<link rel=\"alternate\" hreflang=\"en\" href=\"" + home + path + "\">"))
                    .body(containsString("<link rel=\"alternate\" hreflang=\"ru\" href=\"" + home + path + "?lang=ru\">"))
                    .body(containsString("<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + home + path + "\">"));
        }
    }

    @Test
    void aListingsLaterPageKeepsItsNumberInEveryAlternate() {
        given().get("/shop/{c}/?page=1&lang=en", consortium).then().statusCode(200)
                .header("Vary", equalTo("Accept-Encoding, Accept-Language"))
                .body(containsString("hreflang=\"ru\" href=\"http://localhost:8080/shop/" + consortium
                        + "/?page=1&amp;lang=ru\""));
    }
}
