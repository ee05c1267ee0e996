package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.canopy.media.Pictures;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The product page and the workshop pages: what shoppers and search engines read. */
@QuarkusTest
class ProductAndMakerPagesTest extends BrandWithAWorkshop {

    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
            Pattern.DOTALL);

    @Override
    Map<String, Object> workshop() {
        return Map.of("name", "Pamir Kilim", "craft", "carpet weaving", "region", "Khorog", "story",
                "Flat-woven wool dyed with walnut and madder");
    }

    @Test
    void productPageShowsPriceTheWorkshopAndItsStoryMadeInAndMaterials() {
        String id = Products.published(consortium, member, manager, Products.carpet("Pamir kilim", "Памирский килим", 24050));

        given().get("/shop/{c}/products/{id}?lang=en", consortium, id).then().statusCode(200)
                .body(containsString("<title>Pamir kilim · Brand " + consortium + "</title>"))
                .body(containsString("<meta name=\"description\" content=\"Hand-knotted wool from the Pamirs\">"))
                .body(containsString("<h1>Pamir kilim</h1>"))
                .body(containsString("€240.50"))
                .body(containsString("<dt>Made in</dt><dd>Tajikistan</dd>"))
                .body(containsString("<dd>wool, natural dyes</dd>"))
                .body(containsString("<dd>hand-knotted</dd>"))
                .body(containsString("Flat-woven wool dyed with walnut and madder"))
                .body(containsString("href=\"/shop/" + consortium + "/makers/" + member + "\""))
                .body(containsString("src=\"/static/placeholder.svg\""));
        given().get("/shop/{c}/products/{id}?lang=ru", consortium, id).then()
                .body(containsString("<h1>Памирский килим</h1>"))
                .body(containsString("240,50\u00a0€"))
                .body(containsString("<dd>Таджикистан</dd>"));
    }

    @Test
    void productPageCarriesSchemaOrgProductJsonLdThatIsValidJson() throws Exception {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim </script><b>", "Килим", 24050));

        String html = given().get("/shop/{c}/products/{id}?lang=en", consortium, id).then().statusCode(200)
                .extract().asString();
        Matcher script = JSON_LD.matcher(html);
        assertTrue(script.find(), "a JSON-LD script block");
        JsonNode ld = new ObjectMapper().readTree(script.group(1));
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("Product", ld.get("@type").asText());
        assertEquals("Kilim </script><b>", ld.get("name").asText());
        assertEquals("Brand " + consortium, ld.at("/brand/name").asText());
        assertEquals("TJ", ld.get("countryOfOrigin").asText());
        assertEquals("240.50", ld.at("/offers/0/price").asText());
        assertEquals("EUR", ld.at("/offers/0/priceCurrency").asText());
        assertEquals("https://schema.org/InStock", ld.at("/offers/0/availability").asText());
        assertTrue(ld.get("url").asText().matches("https?://.+/shop/" + consortium + "/products/" + id), ld.toString());
    }

    @Test
    void approvedPhotosShowInTheGalleryAndOnTheCatalogCard() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 1000));
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(consortium, member, manager, artisan);
        String image = given().auth().oauth2(Tokens.person(artisan))
                .multiPart("file", "carpet.jpg", Pictures.jpeg(800, 600), "image/jpeg")
                .multiPart("alt", "Red kilim on the loom")
                .post("/api/v1/consortia/{c}/members/{m}/products/{id}/images", consortium, member, id).then()
                .statusCode(201).extract().path("id");
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/reviews/{id}/approve", consortium, id).then()
                .statusCode(200);

        String media = "/media/" + consortium + "/" + image;
        given().get("/shop/{c}/products/{id}?lang=en", consortium, id).then().statusCode(200)
                .body(containsString("<img class=\"main\" src=\"" + media + "/display.jpg\" alt=\"Red kilim on the loom\""))
                .body(containsString("\"image\":[\"http"));
        given().get("/shop/{c}/products?lang=en", consortium).then()
                .body(containsString("src=\"" + media + "/thumb.jpg\""));
        given().get(media + "/display.jpg").then().statusCode(200).contentType("image/jpeg");
    }

    @Test
    void makerPageShowsTheWorkshopAndOnlyItsPublishedProducts() {
        String other = Fixtures.member(consortium, manager, Map.of("name", "Rang Ikat"));
        Products.published(consortium, member, manager, Products.carpet("Walnut kilim", "Килим", 5000));
        Products.published(consortium, other, manager, Products.carpet("Adras cushion", "Подушка", 5000));

        given().get("/shop/{c}/makers/{m}?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("<title>Pamir Kilim · Brand " + consortium + "</title>"))
                .body(containsString("carpet weaving · Khorog · Tajikistan"))
                .body(containsString("Flat-woven wool dyed with walnut and madder"))
                .body(containsString("Walnut kilim"))
                .body(not(containsString("Adras cushion")));
        given().accept("text/html").get("/shop/{c}/makers/{m}", consortium, "no-such-workshop").then().statusCode(404);
    }

    @Test
    void homeLinksToTheCatalogAndToEachWorkshop() {
        given().get("/shop/{c}/?lang=en", consortium).then().statusCode(200)
                .body(containsString("href=\"/shop/" + consortium + "/products\""))
                .body(containsString("<a href=\"/shop/" + consortium + "/makers/" + member + "\">Pamir Kilim</a>"))
                .body(containsString("action=\"/shop/" + consortium + "/products\""));
    }

    @Test
    void makerPageWithMoreProductsThanAPageShowsAPager() {
        for (int i = 0; i <= CatalogPages.PAGE_SIZE; i++) {
            Products.published(consortium, member, manager, Products.carpet("Kilim " + i, "Килим", 5000));
        }

        String first = given().get("/shop/{c}/makers/{m}?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("<a rel=\"next\" href=\"?page=1\">"))
                .body(not(containsString("rel=\"prev\""))).extract().asString();
        assertEquals(CatalogPages.PAGE_SIZE, first.split("class=\"product-card\"").length - 1);
        String second = given().get("/shop/{c}/makers/{m}?lang=en&page=1", consortium, member).then().statusCode(200)
                .body(containsString("<a rel=\"prev\" href=\"?\">"))
                .body(not(containsString("rel=\"next\"")))
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/shop/" + consortium
                        + "/makers/" + member + "?page=1\">"))
                .extract().asString();
        assertEquals(1, second.split("class=\"product-card\"").length - 1);
    }
}
