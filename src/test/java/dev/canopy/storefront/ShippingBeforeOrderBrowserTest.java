package dev.canopy.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.canopy.testsupport.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A shopper on a phone and on a laptop sees the shipping of each parcel and the total change with the
 * country, live, on the cart and at checkout, and the placed order charges that total.
 */
@QuarkusTest
class ShippingBeforeOrderBrowserTest extends BrowserJourney {

    @ParameterizedTest
    @ValueSource(ints = { 360, 1280 })
    void theShopperSeesTheTotalForTheirCountryBeforePlacingTheOrder(int width) {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        String weavers = Fixtures.member(shop, manager, Map.of("name", "Pamir Kilim"));
        String leather = Fixtures.member(shop, manager, Map.of("name", "Khujand Leather"));
        String kilim = Products.published(shop, weavers, manager, Products.carpet("Pamir kilim", "Килим", 24000));
        String bag = Products.published(shop, leather, manager, Products.carpet("Leather bag", "Сумка", 4500));
        as(Tokens.person(manager)).body(Map.of("model", "per_member", "zones", List.of(
                Map.of("name", "Germany", "countries", List.of("DE"), "rates",
                        List.of(Map.of("perParcel", 1500, "perKg", 0))),
                Map.of("name", "France", "countries", List.of("FR"), "rates",
                        List.of(Map.of("perParcel", 900, "perKg", 0))))))
                .put("/api/v1/consortia/{c}/shipping", shop).then().statusCode(200);

        Page shopper = anonymous();
        shopper.setViewportSize(width, 800);
        for (String product : List.of(kilim, bag)) {
            shopper.navigate("/shop/" + shop + "/products/" + product);
            shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
            shopper.waitForURL("**/shop/" + shop + "/cart");
        }
        assertThat(shopper.locator(".shipping")).containsText("We do not ship to United Kingdom yet.");
        shopper.getByLabel("Ship to").selectOption("DE");
        assertThat(shopper.locator(".shipping .grand")).hasText("Total €315.00");
        assertThat(shopper.locator(".parcels li")).hasCount(2);
        assertTrue(shopper.url().endsWith("/cart?country=DE"), shopper.url());
        assertFits(shopper, width);
        // shoot leaves the page at laptop width
        shoot(shopper, "storefront-cart-shipping");
        shopper.setViewportSize(width, 800);

        shopper.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to checkout")).click();
        assertThat(shopper.getByLabel("Country")).hasValue("DE");
        assertThat(shopper.locator("#shipping .grand")).hasText("Total €315.00");
        shopper.getByLabel("Country").selectOption("FR");
        assertThat(shopper.locator("#shipping .grand")).hasText("Total €303.00");
        shopper.getByLabel("E-mail").fill("claire@example.fr");
        shopper.getByLabel("Full name of the recipient").fill("Claire Martin");
        shopper.getByLabel("Street and house number").fill("12 rue des Tisserands");
        shopper.getByLabel("Postal code").fill("6900");
        shopper.getByLabel("Town or city").fill("Lyon");
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the order")).click();
        assertThat(shopper.locator("#postalCode-error")).containsText("They look like 33380.");
        assertFits(shopper, width);

        shopper.getByLabel("Postal code").fill("69001");
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the order")).click();
        shopper.waitForURL("**/shop/" + shop + "/orders/*?token=*");
        assertThat(shopper.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("How to pay")))
                .containsText("€303.00");
    }

    private static void assertFits(Page page, int width) {
        Object wider = page.evaluate("w => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w).map(e => e.tagName + '.' + e.className + '#' + e.id)",
                width);
        assertEquals(List.of(), wider, "no horizontal scrolling at " + width + " px");
    }
}
