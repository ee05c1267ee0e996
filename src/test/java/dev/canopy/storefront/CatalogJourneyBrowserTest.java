package dev.canopy.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.canopy.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The catalog end to end in a real browser: an artisan lists, a manager approves, a shopper finds. */
@QuarkusTest
class CatalogJourneyBrowserTest extends BrowserJourney {

    @Test
    void artisanListsACarpetInTwoLanguagesManagerApprovesItAndAShopperFindsItInRussian() throws Exception {
        String manager = Fixtures.email("manager");
        String artisan = Fixtures.email("artisan");
        String name = Fixtures.unique("Zarbof Home");
        String shop = Fixtures.consortium(manager, Map.of("name", name, "primaryColor", "#8a3b12"));
        String member = Fixtures.member(shop, manager, Map.of("name", "Pamir Kilim", "craft", "carpet weaving",
                "region", "Khorog", "story", "Flat-woven wool kilims dyed with walnut and madder."));
        Fixtures.artisan(shop, member, manager, artisan);
        as(Tokens.person(manager)).body(Map.of("slug", "carpets", "name", Map.of("en", "Carpets", "ru", "Ковры")))
                .post("/api/v1/consortia/{c}/categories", shop).then().statusCode(201);

        Page workshop = signedIn(artisan);
        workshop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pamir Kilim")).click();
        workshop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a product")).click();
        fillTexts(workshop, "English", "Pamir kilim", "Flat-woven wool, dyed with walnut and madder.");
        fillTexts(workshop, "Russian", "Памирский килим", "Безворсовый шерстяной килим, окрашенный орехом и мареной.");
        workshop.getByLabel("Category").selectOption("carpets");
        workshop.getByLabel("Materials").fill("wool, walnut dye, madder");
        workshop.getByLabel("Technique").fill("flat weave");
        workshop.getByLabel("HS code").fill("570210");
        workshop.getByLabel("Weight in grams").fill("2400");
        String sku = Fixtures.unique("KILIM");
        // the variants are rows of a table; each field is labelled with its column and row
        workshop.getByLabel("SKU (your article number), Variant row 1").fill(sku);
        workshop.getByLabel("Size, Variant row 1").fill("120x180");
        workshop.getByLabel("Price in EUR, Variant row 1").fill("240.50");
        workshop.getByLabel("In stock, Variant row 1").fill("1");
        shoot(workshop, "portal-product-editor");
        workshop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        workshop.waitForURL("**/products/*?saved=1");
        assertThat(workshop.getByText("Saved.")).isVisible();
        workshop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for review")).click();
        workshop.waitForURL("**/products?submitted=1");
        assertThat(workshop.locator(".card .badge")).hasText("Pending review");
        shoot(workshop, "portal-my-products");
        workshop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stock").setExact(true)).click();
        assertThat(workshop.getByLabel("In stock: " + sku)).hasValue("1");
        shoot(workshop, "portal-stock");

        Page brand = signedIn(manager);
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue")).click();
        Locator review = brand.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Pamir kilim"));
        assertThat(review).containsText("Памирский килим");
        assertThat(review).containsText("240.50 EUR");
        shoot(brand, "portal-review-queue");
        review.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(brand.getByText("Nothing to review.")).isVisible();
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        shoot(brand, "portal-consortium-tasks");
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Categories")).click();
        assertThat(brand.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Ковры"))).isVisible();
        shoot(brand, "portal-categories");
        brand.goBack();
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exchange rates")).click();
        brand.getByLabel("USD for 1 EUR").fill("1.0842");
        brand.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rates")).click();
        assertThat(brand.getByText("Rates saved, dated today.")).isVisible();
        shoot(brand, "portal-exchange-rates");

        Page shopper = anonymous();
        List<String> console = new ArrayList<>();
        shopper.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        shopper.navigate("/shop/" + shop + "/?lang=ru");
        shoot(shopper, "storefront-home-ru");
        shopper.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Поиск по магазину")).fill("памирский килим");
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Найти")).click();
        shopper.waitForURL("**/shop/" + shop + "/products?q=*");
        Locator card = shopper.locator(".product-card").filter(new Locator.FilterOptions().setHasText("Памирский килим"));
        assertThat(card).containsText("240,50\u00a0€");
        assertThat(card).containsText("Pamir Kilim");
        shopper.getByText("Фильтры и порядок").click();
        assertThat(shopper.getByLabel("Категория")).isVisible();
        shoot(shopper, "storefront-catalog-ru");
        card.getByRole(AriaRole.LINK).click();

        assertThat(shopper.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Памирский килим");
        assertThat(shopper.locator(".facts")).containsText("Таджикистан");
        assertThat(shopper.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Мастерская")))
                .containsText("Flat-woven wool kilims dyed with walnut and madder.");
        JsonNode ld = new ObjectMapper().readTree(shopper.locator("script[type='application/ld+json']").textContent());
        assertEquals("Памирский килим", ld.get("name").asText());
        shoot(shopper, "storefront-product-ru");
        shopper.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Валюта"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("USD")).click();
        assertThat(shopper.locator(".summary .price")).hasText("260,75 $");
        shopper.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ещё от мастерской Pamir Kilim")).click();
        assertThat(shopper.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Pamir Kilim");
        shoot(shopper, "storefront-maker-ru");
        assertEquals(List.of(), console, "the pages run without console errors, CSP reports included");
    }

    private static void fillTexts(Page page, String language, String title, String description) {
        Locator texts = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Texts in " + language));
        texts.getByLabel("Title").fill(title);
        texts.getByLabel("Description").fill(description);
    }
}
