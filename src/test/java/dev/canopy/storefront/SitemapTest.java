package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The sitemap: an index of numbered files of at most two addresses each in tests (50,000 in production). */
@QuarkusTest
class SitemapTest extends BrandWithAWorkshop {

    @Test
    void indexPointsAtNumberedFilesThatHoldEveryPageOnceAndNoMoreThanTheirSizeEach() {
        as(Tokens.person(manager)).body(Map.of("slug", "rugs", "name", Map.of("en", "Rugs")))
                .post("/api/v1/consortia/{c}/categories", consortium).then().statusCode(201);
        Set<String> products = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            products.add(Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000)));
        }

        String home = "http://localhost:8080/shop/" + consortium + "/";
        // home, catalog, one category, one workshop and three products: seven addresses in four files
        List<String> files = index();
        assertEquals(List.of(home + "sitemap-1.xml", home + "sitemap-2.xml", home + "sitemap-3.xml",
                home + "sitemap-4.xml"), files);
        List<String> all = new ArrayList<>();
        for (String file : files) {
            List<String> addresses = addresses(file);
            assertTrue(addresses.size() <= 2, file + " holds " + addresses);
            all.addAll(addresses);
        }
        assertEquals(List.of(home, home + "products", home + "products?category=rugs", home + "makers/" + member),
                all.subList(0, 4));
        assertEquals(products, Set.copyOf(all.subList(4, all.size()).stream()
                .map(a -> a.substring((home + "products/").length())).toList()));
        assertEquals(7, all.size());
        given().get("/shop/{c}/sitemap-5.xml", consortium).then().statusCode(404);
        given().get("/shop/{c}/sitemap-0.xml", consortium).then().statusCode(404);
    }

    @Test
    void sitemapIsXmlOfTheProtocolAndCachedPublicly() {
        given().get("/shop/{c}/sitemap.xml", consortium).then().statusCode(200)
                .contentType(containsString("application/xml"))
                .header("Cache-Control", "public, max-age=3600")
                .body(containsString("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
        given().get("/shop/{c}/sitemap-1.xml", consortium).then().statusCode(200)
                .contentType(containsString("application/xml"))
                .body(containsString("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));
    }

    @Test
    void draftsAndWorkshopsNotActiveAreLeftOut() {
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(consortium, member, manager, artisan);
        String draft = Products.draft(consortium, member, Tokens.person(artisan), Products.carpet("Draft", "Черновик", 5000));
        String sleeping = Fixtures.member(consortium, manager, Map.of("status", "suspended"));

        String all = String.join(" ", everyAddress());
        assertTrue(all.contains("makers/" + member), all);
        assertFalse(all.contains(draft), all);
        assertFalse(all.contains(sleeping), all);
    }

    @Test
    void aWorkshopSuspendedAfterPublishingTakesItsProductsOutOfTheSitemap() {
        String kilim = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));
        assertTrue(everyAddress().stream().anyMatch(a -> a.endsWith("/products/" + kilim)));

        as(Tokens.person(manager)).body(Map.of("status", "suspended"))
                .patch("/api/v1/consortia/{c}/members/{m}", consortium, member).then().statusCode(200);

        List<String> after = everyAddress();
        assertFalse(after.stream().anyMatch(a -> a.endsWith("/products/" + kilim)), after.toString());
        assertFalse(after.stream().anyMatch(a -> a.endsWith("/makers/" + member)), after.toString());
    }

    private List<String> index() {
        return given().get("/shop/{c}/sitemap.xml", consortium).then().statusCode(200).extract().xmlPath()
                .getList("sitemapindex.sitemap.loc", String.class);
    }

    private static List<String> addresses(String file) {
        return given().get(URI.create(file).getPath()).then().statusCode(200).extract().xmlPath()
                .getList("urlset.url.loc", String.class);
    }

    private List<String> everyAddress() {
        return index().stream().flatMap(file -> addresses(file).stream()).toList();
    }
}
