package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.HeadlessBrowser;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every main page of the storefront and the portal at 360 px (the smallest phones) and 1280 px: none
 * may scroll sideways. Screenshots of each go to target/screenshots (CI keeps them).
 */
@QuarkusTest
class NoPageOverflowsTest extends BrowserJourney {

    private static final int[] WIDTHS = { 360, 1280 };
    /** The innermost elements that stick out on the right: what to fix. */
    private static final String WIDEST = """
            () => { const w = document.documentElement.clientWidth;
              const out = e => e.getBoundingClientRect().right > w + 1;
              return [...document.querySelectorAll('body *')].filter(out)
                .filter(e => ![...e.children].some(out)).slice(0, 4)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                  + (e.getAttribute('name') ? '[' + e.getAttribute('name') + ']' : '')).join(' ') }""";

    @Test
    void noMainPageScrollsSidewaysOnAPhoneOrALaptop() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager, Map.of("name", "Pamir Kilim Weavers of the High Valleys"));
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(shop, member, manager, artisan);
        String product = Products.published(shop, member, manager,
                Products.carpet("Hand-knotted wool kilim with a long descriptive title", "Килим", 24000));
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, Shopping.variantOf(shop, product), 1);
        var placed = Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract();
        String number = placed.path("orderNumber");
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then()
                .statusCode(200);
        String fulfilment = as(Tokens.person(manager))
                .get("/api/v1/consortia/{c}/members/{m}/fulfilments", shop, member).then().extract()
                .path("items[0].id");

        Map<String, String> storefront = new LinkedHashMap<>();
        storefront.put("home", "/shop/" + shop + "/");
        storefront.put("catalog", "/shop/" + shop + "/products");
        storefront.put("product", "/shop/" + shop + "/products/" + product);
        storefront.put("maker", "/shop/" + shop + "/makers/" + member);
        storefront.put("order", "/shop/" + shop + "/orders/" + number + "?token=" + placed.path("orderToken"));
        String c = "/portal/consortia/" + shop;
        String m = c + "/members/" + member;
        Map<String, String> managers = new LinkedHashMap<>();
        managers.put("portal", "/portal/");
        managers.put("consortium", c);
        managers.put("orders", c + "/orders");
        managers.put("order", c + "/orders/" + number);
        managers.put("reviews", c + "/reviews");
        managers.put("categories", c + "/categories");
        managers.put("rates", c + "/exchange-rates");
        managers.put("shipping", c + "/shipping");
        managers.put("export-sales", c + "/reports/export-sales");
        managers.put("payouts", c + "/payouts");
        Map<String, String> artisans = new LinkedHashMap<>();
        artisans.put("member", m);
        artisans.put("products", m + "/products");
        artisans.put("new-product", m + "/products/new");
        artisans.put("stock", m + "/stock");
        artisans.put("fulfilments", m + "/fulfilments");
        artisans.put("papers", m + "/fulfilments/" + fulfilment + "/papers");
        artisans.put("sales", m + "/sales");
        artisans.put("get-paid", m + "/payouts");

        List<String> overflowing = new ArrayList<>();
        overflowing.addAll(check(anonymous(), "storefront", storefront));
        overflowing.addAll(check(signedIn(manager), "portal-manager", managers));
        overflowing.addAll(check(signedIn(artisan), "portal-artisan", artisans));
        assertEquals(List.of(), overflowing, "pages wider than the screen");
    }

    /** The pages that scroll sideways at some width, as "name@width: page width". */
    private static List<String> check(Page page, String who, Map<String, String> paths) {
        List<String> overflowing = new ArrayList<>();
        for (int width : WIDTHS) {
            page.setViewportSize(width, width < 1000 ? 780 : 800);
            paths.forEach((name, path) -> {
                page.navigate(path + (path.contains("?") ? "&" : "?") + "lang=ru");
                int wide = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                HeadlessBrowser.screenshot(page, "overflow-" + who + "-" + name + "-" + width);
                if (wide > width) {
                    overflowing.add(who + " " + name + "@" + width + ": " + wide + " px, " + page.evaluate(WIDEST));
                }
            });
        }
        return overflowing;
    }
}
