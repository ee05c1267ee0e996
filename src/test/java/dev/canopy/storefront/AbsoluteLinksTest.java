package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Links that leave the page (sitemap, JSON-LD, canonical) come from the brand's own domain or the configured
 * public base URL, never from the Host header: a cached answer must not carry a forged host to everyone.
 */
@QuarkusTest
class AbsoluteLinksTest extends BrandWithAWorkshop {

    private static final String FORGED = "evil.example";
    private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]+)\">");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
            Pattern.DOTALL);

    @Test
    void aForgedHostChangesNoLinkInSitemapJsonLdOrCanonical() throws Exception {
        String product = productWithAPhoto();

        assertLinksUnder("http://localhost:8080/shop/" + consortium + "/", product, FORGED);
    }

    @Test
    void aBrandWithItsOwnDomainLinksToItsFirstDomainWhateverTheHost() throws Exception {
        String domain = consortium + ".brand.example";
        as(Tokens.person(manager)).body(Map.of("domains", List.of(domain, "www." + domain)))
                .patch("/api/v1/consortia/{c}", consortium).then().statusCode(200);
        String product = productWithAPhoto();

        String home = "https://" + domain + "/shop/" + consortium + "/";
        assertLinksUnder(home, product, FORGED);
        assertLinksUnder(home, product, "www." + domain);
    }

    @Test
    void canonicalOfAPageInALanguageOtherThanTheBrandsFirstKeepsTheLanguage() {
        String product = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));
        String home = "http://localhost:8080/shop/" + consortium + "/";

        assertEquals(home + "products/" + product, canonical("/shop/{c}/products/" + product + "?lang=en", "localhost"));
        assertEquals(home + "products/" + product + "?lang=ru",
                canonical("/shop/{c}/products/" + product + "?lang=ru", "localhost"));
    }

    private void assertLinksUnder(String home, String product, String host) throws Exception {
        List<String> sitemap = new ArrayList<>();
        List<String> files = given().header("Host", host).get("/shop/{c}/sitemap.xml", consortium).then()
                .statusCode(200).extract().xmlPath().getList("sitemapindex.sitemap.loc", String.class);
        sitemap.addAll(files);
        for (String file : files) {
            sitemap.addAll(given().header("Host", host).get(URI.create(file).getPath()).then().statusCode(200)
                    .extract().xmlPath().getList("urlset.url.loc", String.class));
        }
        assertTrue(sitemap.contains(home + "products/" + product), sitemap.toString());
        assertTrue(sitemap.stream().allMatch(link -> link.startsWith(home)), sitemap.toString());

        String page = given().header("Host", host).get("/shop/{c}/products/{id}?lang=en", consortium, product).then()
                .statusCode(200).extract().asString();
        Matcher script = JSON_LD.matcher(page);
        assertTrue(script.find(), "a JSON-LD script block");
        JsonNode ld = new ObjectMapper().readTree(script.group(1));
        assertEquals(home + "products/" + product, ld.get("@id").asText());
        assertEquals(home + "products/" + product, ld.get("url").asText());
        assertEquals(home + "products/" + product, ld.at("/offers/0/url").asText());
        String origin = URI.create(home).resolve("/").toString();
        assertTrue(ld.at("/image/0").asText().startsWith(origin + "media/"), ld.toString());

        assertEquals(home + "products/" + product, canonical("/shop/{c}/products/" + product + "?lang=en", host));
        assertEquals(home, canonical("/shop/{c}/?lang=en", host));
        assertEquals(home + "makers/" + member, canonical("/shop/{c}/makers/" + member + "?lang=en", host));
    }

    private String productWithAPhoto() {
        String token = Tokens.person(manager);
        String product = Products.draft(consortium, member, token, Products.carpet("Kilim", "Килим", 5000));
        Products.photo(consortium, member, token, product);
        Products.submitAndApprove(consortium, member, token, product);
        return product;
    }

    private String canonical(String path, String host) {
        String page = given().header("Host", host).get(path, consortium).then().statusCode(200).extract().asString();
        Matcher link = CANONICAL.matcher(page);
        assertTrue(link.find(), "a canonical link in " + path);
        return link.group(1);
    }
}
