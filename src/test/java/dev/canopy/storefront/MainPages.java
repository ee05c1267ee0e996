package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.restassured.http.ContentType;

/**
 * A brand with everything its main pages show (a workshop with a long name, a photographed product, a
 * paid order, a brand page), and the addresses of those pages per person: the page audits' one list.
 */
record MainPages(String manager, String artisan, Map<String, String> storefront,
        Map<String, String> managers, Map<String, String> artisans) {

    private static MainPages make() {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager, Map.of("name", "Pamir Kilim Weavers of the High Valleys"));
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(shop, member, manager, artisan);
        String token = Tokens.person(manager);
        String product = Products.draft(shop, member, token,
                Products.carpet("Hand-knotted wool kilim with a long descriptive title", "Килим", 24000));
        Products.photo(shop, member, token, product);
        Products.submitAndApprove(shop, member, token, product);
        as(token).contentType(ContentType.JSON).body(Map.of("title", Map.of("en", "Returns", "ru", "Возврат"),
                "body", Map.of("en", "Send it back within **14 days**.", "ru", "Верните в течение **14 дней**.")))
                .put("/api/v1/consortia/{c}/pages/returns", shop).then().statusCode(200);
        String cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, Shopping.variantOf(shop, product), 1);
        var placed = Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract();
        String number = placed.path("orderNumber");
        as(token).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then().statusCode(200);
        String fulfilment = as(token).get("/api/v1/consortia/{c}/members/{m}/fulfilments", shop, member).then()
                .extract().path("items[0].id");

        String s = "/shop/" + shop + "/";
        Map<String, String> storefront = new LinkedHashMap<>();
        storefront.put("home", s);
        storefront.put("catalog", s + "products");
        storefront.put("product", s + "products/" + product);
        storefront.put("maker", s + "makers/" + member);
        storefront.put("brand-page", s + "pages/returns");
        storefront.put("cart", s + "cart");
        storefront.put("checkout", s + "checkout");
        storefront.put("order", s + "orders/" + number + "?token=" + placed.path("orderToken"));
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
        return new MainPages(manager, artisan, storefront, managers, artisans);
    }

    /** What a test looks for on one page: its findings, each starting with {@code label} ("who page@width"). */
    interface Finding {
        List<String> on(Page page, String path, String label);
    }

    /**
     * The findings on every main page at 360 px (the smallest phones) and 1280 px, in a new brand, each person in
     * a browser of their own (the shopper's with a line in the cart).
     */
    static List<String> findOnEach(BrowserJourney journey, Finding finding) {
        MainPages pages = make();
        Page shopper = journey.anonymous();
        pages.fillCart(shopper);
        return pages.find(shopper, journey.signedIn(pages.manager), journey.signedIn(pages.artisan), finding);
    }

    private List<String> find(Page shopper, Page manager, Page artisan, Finding finding) {
        List<String> found = new ArrayList<>();
        found.addAll(find(shopper, "storefront", storefront, finding));
        found.addAll(find(manager, "manager", managers, finding));
        found.addAll(find(artisan, "artisan", artisans, finding));
        return found;
    }

    private static List<String> find(Page page, String who, Map<String, String> paths, Finding finding) {
        List<String> found = new ArrayList<>();
        for (int width : new int[] { 360, 1280 }) {
            page.setViewportSize(width, width < 1000 ? 780 : 800);
            paths.forEach((name, path) -> found.addAll(finding.on(page, path, who + " " + name + "@" + width)));
        }
        return found;
    }

    /** Puts the product in this browser's cart through its page, so that the cart and checkout show a line. */
    private void fillCart(Page shopper) {
        shopper.navigate(storefront.get("product"));
        shopper.locator("form.add-to-cart button[type=submit]").click();
        shopper.waitForURL(url -> url.contains("/cart"));
    }
}
