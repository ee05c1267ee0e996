package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;

import dev.canopy.media.Pictures;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.HeadlessBrowser;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The artisan on a 360 px phone makes a whole product, photos and variants included, with one submit. */
@QuarkusTest
class PhoneProductEditorTest extends WorkshopPortalTest {

    private static final int PHONE = 360;

    @TestHTTPResource("/")
    URL app;

    @Override
    String signedIn() {
        return artisan;
    }

    @Test
    void anArtisanCreatesAProductWithThreePhotosAndTwoVariantsInOneGo() {
        String sku = Fixtures.unique("SUZANI");
        try (HeadlessBrowser browser = HeadlessBrowser.launch()) {
            Page page = onPhone(browser);
            page.navigate("/portal/consortia/" + consortium + "/members/" + member + "/products/new?lang=en");
            fitsThePhone(page, "portal-product-new-phone");
            fill(page, Map.of("title.en", "Rang suzani", "title.ru", "Сюзане Ранг", "materials", "silk, cotton",
                    "hsCode", "630419", "weightGrams", "900", "weeklyCapacity", "3"));
            fill(page, Map.of("variant.0.sku", sku + "-S", "variant.0.size", "S", "variant.0.colour", "indigo",
                    "variant.0.price", "120.00", "variant.0.stock", "2"));
            fill(page, Map.of("variant.1.sku", sku + "-L", "variant.1.size", "L", "variant.1.colour", "madder red",
                    "variant.1.price", "180.50", "variant.1.stock", "1"));
            page.getByLabel("Choose photos (several at once)").setInputFiles(new FilePayload[] {
                    new FilePayload("IMG_0001.jpg", "image/jpeg", Pictures.jpeg(400, 200)),
                    new FilePayload("IMG_0002.jpg", "image/jpeg", Pictures.jpeg(200, 400)),
                    new FilePayload("IMG_0003.jpg", "image/jpeg", Pictures.jpeg(300, 300)) });
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

            page.waitForURL(Pattern.compile(".*/products/[0-9a-f-]+\\?saved=1&photo=added#photos$"));
            fitsThePhone(page, "portal-product-saved-phone");
            String id = page.url().replaceFirst(".*/products/([0-9a-f-]+)\\?.*", "$1");
            ValidatableResponse saved = saved(id).body("images", hasSize(3)).body("variants", hasSize(2))
                    .body("weeklyCapacity", equalTo(3))
                    .body("variants.find { it.sku == '" + sku + "-L' }.options", equalTo(Map.of("size", "L",
                            "colour", "madder red")))
                    .body("variants.find { it.sku == '" + sku + "-S' }.price.amount", equalTo(12000));
            List<String> images = saved.extract().path("images.id");
            assertEquals(List.of("400x200", "200x400", "300x300"), images.stream().map(this::shape).toList(),
                    "the photos keep the order they were chosen in; the first is the main one");
        }
    }

    private Page onPhone(HeadlessBrowser browser) {
        Page page = browser.newPage(app);
        page.context().addCookies(session.cookies().entrySet().stream()
                .map(c -> new Cookie(c.getKey(), c.getValue()).setUrl(app.toString())).toList());
        page.setViewportSize(PHONE, 780);
        return page;
    }

    private static void fill(Page page, Map<String, String> fields) {
        fields.forEach((name, value) -> page.locator("[name='" + name + "']").fill(value));
    }

    private static void fitsThePhone(Page page, String screenshot) {
        HeadlessBrowser.screenshot(page, screenshot);
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertTrue(width <= PHONE, "the editor is " + width + " px wide on a " + PHONE + " px phone");
    }

    private ValidatableResponse saved(String id) {
        return as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().statusCode(200);
    }

    /** The display rendition's size, which keeps the sent photo's shape. */
    private String shape(String image) {
        byte[] display = session.get("/portal/consortia/{c}/media/{image}/display.jpg", consortium, image).then()
                .statusCode(200).extract().asByteArray();
        BufferedImage picture = Pictures.decode(display);
        return picture.getWidth() + "x" + picture.getHeight();
    }
}
