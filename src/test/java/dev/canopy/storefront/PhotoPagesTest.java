package dev.canopy.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.canopy.media.ImageSize;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Photos show whole at their own shape and declared size; the first screen's load first, the rest when seen. */
@QuarkusTest
class PhotoPagesTest extends BrandWithAWorkshop {

    @Test
    void theProductsMainPhotoDeclaresItsRealSizeLoadsFirstAndOpensLarge() {
        String product = photographed("Suzani");
        String page = given().get("/shop/{c}/products/{id}", consortium, product).then().statusCode(200).extract()
                .asString();
        String main = tag(page, "<img class=\"main\"[^>]*>");
        assertEquals(true, main.contains("width=\"400\" height=\"300\"") && main.contains("fetchpriority=\"high\"")
                && !main.contains("loading="), main);
        String display = attribute(main, "src");
        given().get("/shop/{c}/products/{id}", consortium, product).then()
                .body(containsString("<a class=\"zoom\" href=\"" + display + "\""));
    }

    @Test
    void theCatalogsFirstCardLoadsAtOnceWithHighPriorityAndLaterOnesLazily() {
        for (int i = 0; i < 5; i++) {
            photographed("Kilim " + i);
        }
        String page = given().get("/shop/{c}/products", consortium).then().statusCode(200).extract().asString();
        Matcher cards = Pattern.compile("<li class=\"product-card\">\\s*<a [^>]*>\\s*(<img[^>]*>)").matcher(page);
        StringBuilder loading = new StringBuilder();
        while (cards.find()) {
            String img = cards.group(1);
            assertEquals(true, img.contains("width=\"400\" height=\"300\""), img);
            loading.append(img.contains("fetchpriority=\"high\"") ? "H" : img.contains("loading=\"lazy\"") ? "L" : "E");
        }
        assertEquals("HEEEL", loading.toString(), "first high priority, the first row eager, then lazy");
    }

    @Test
    void aThumbnailKeepsTheDisplaysShape() {
        assertEquals(new ImageSize(400, 300), new ImageSize(1600, 1200).thumbnail());
        assertEquals(new ImageSize(225, 400), new ImageSize(900, 1600).thumbnail());
        assertEquals(new ImageSize(120, 80), new ImageSize(120, 80).thumbnail());
    }

    @Test
    void theStoreApiGivesEachPhotosSize() {
        photographed("Suzani");
        given().get("/api/v1/store/{c}/products", consortium).then().statusCode(200)
                .body("items[0].images[0].width", org.hamcrest.Matchers.equalTo(400))
                .body("items[0].images[0].thumbnailHeight", org.hamcrest.Matchers.equalTo(300))
                .body("items[0].images[0].url", matchesPattern("/media/.+/display.jpg"));
    }

    /** A published product with one 400×300 photo; answers its id. */
    private String photographed(String title) {
        String token = Tokens.person(manager);
        String id = Products.draft(consortium, member, token, Products.carpet(title, title, 2500));
        Products.photo(consortium, member, token, id);
        Products.submitAndApprove(consortium, member, token, id);
        return id;
    }

    private static String tag(String page, String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(page);
        assertEquals(true, found.find(), pattern);
        return found.group();
    }

    private static String attribute(String tag, String name) {
        Matcher found = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tag);
        assertEquals(true, found.find(), name);
        return found.group(1);
    }
}
