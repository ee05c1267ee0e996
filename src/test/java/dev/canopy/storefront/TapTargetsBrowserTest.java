package dev.canopy.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/** What a thumb taps on a phone is where it seems, and big enough to hit. */
@QuarkusTest
class TapTargetsBrowserTest extends BrowserJourney {

    private static final int[] PHONES = { 360, 375, 390 };
    /** Each header link's box, as "text w×h". */
    private static final String HEADER_LINKS = """
            () => [...document.querySelectorAll('header a')].map(a => { const r = a.getBoundingClientRect();
              return a.textContent.trim() + ' ' + Math.round(r.width) + 'x' + Math.round(r.height) })""";

    @Test
    void cartUpdateNeverLiesUnderRemoveOnAPhoneWithoutJavaScriptInEnglishOrRussian() {
        String shop = brandSellingAProduct();
        Page shopper = withoutJavaScript();
        shopper.navigate("/shop/" + shop + "/products");
        shopper.locator(".products a").first().click();
        shopper.locator("form.add-to-cart button[type=submit]").click();
        shopper.waitForURL(url -> url.contains("/cart"));

        List<String> overlaps = new ArrayList<>();
        for (String lang : List.of("en", "ru")) {
            shopper.navigate("/shop/" + shop + "/cart?lang=" + lang);
            for (int width : PHONES) {
                shopper.setViewportSize(width, 800);
                BoundingBox update = shopper.locator(".cart-line .quantity button").boundingBox();
                BoundingBox remove = shopper.locator(".cart-line .remove button").boundingBox();
                if (update == null || remove == null || intersect(update, remove)) {
                    overlaps.add(lang + "@" + width + ": update " + describe(update) + ", remove " + describe(remove));
                }
            }
        }
        assertEquals(List.of(), overlaps, "Update and Remove overlap");
    }

    @Test
    void everyHeaderLinkIsAtLeast44PixelsSquareOnAPhone() {
        String shop = brandSellingAProduct();
        Page shopper = anonymous();
        shopper.setViewportSize(360, 780);
        List<String> small = new ArrayList<>();
        for (String path : List.of("/shop/" + shop + "/", "/shop/" + shop + "/products?lang=ru")) {
            shopper.navigate(path);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) shopper.evaluate(HEADER_LINKS);
            links.stream().filter(TapTargetsBrowserTest::underSized).forEach(link -> small.add(path + " " + link));
        }
        assertEquals(List.of(), small, "header links smaller than 44×44 px");
    }

    /** A brand in EUR and USD (so the header has a currency switch) with one product on sale. */
    private static String brandSellingAProduct() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        Products.published(shop, Fixtures.member(shop, manager), manager, Products.carpet("Suzani", "Сюзане", 2500));
        return shop;
    }

    private static boolean underSized(String link) {
        String[] size = link.substring(link.lastIndexOf(' ') + 1).split("x");
        return Integer.parseInt(size[0]) < 44 || Integer.parseInt(size[1]) < 44;
    }

    private static boolean intersect(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    private static String describe(BoundingBox box) {
        return box == null ? "hidden"
                : Math.round(box.x) + "," + Math.round(box.y) + " " + Math.round(box.width) + "×"
                        + Math.round(box.height);
    }
}
