package dev.canopy.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The multi-member order through the pages: a shopper in France buys a carpet from one workshop and
 * a scarf from another, the manager confirms the bank transfer, each workshop ships its own parcel,
 * and the shopper's order page follows both.
 */
@QuarkusTest
class OrderJourneyBrowserTest extends BrowserJourney {

    @Test
    void aShopperInFranceBuysFromTwoWorkshopsAndFollowsBothParcels() {
        String manager = Fixtures.email("manager");
        String name = Fixtures.unique("Zarbof Home");
        String shop = Fixtures.consortium(manager, Map.of("name", name, "primaryColor", "#8a3b12"));
        String weavers = Fixtures.member(shop, manager, Map.of("name", "Pamir Kilim"));
        String embroiderers = Fixtures.member(shop, manager, Map.of("name", "Rang Suzani"));
        String weaver = Fixtures.email("artisan.weaver");
        String embroiderer = Fixtures.email("artisan.embroiderer");
        Fixtures.artisan(shop, weavers, manager, weaver);
        Fixtures.artisan(shop, embroiderers, manager, embroiderer);
        String carpet = Products.published(shop, weavers, manager, Products.carpet("Pamir kilim", "Килим", 24000));
        String scarf = Products.published(shop, embroiderers, manager, Products.carpet("Silk scarf", "Шарф", 4500));

        Page shopper = anonymous();
        List<String> console = new ArrayList<>();
        shopper.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        shopper.navigate("/shop/" + shop + "/products/" + carpet);
        button(shopper, "Add to cart").click();
        shopper.navigate("/shop/" + shop + "/products/" + scarf);
        shopper.getByLabel("Quantity").fill("2");
        button(shopper, "Add to cart").click();
        shopper.waitForURL("**/shop/" + shop + "/cart");
        assertThat(shopper.locator(".cart .total")).hasText("Items €330.00");
        Locator scarfLine = shopper.locator(".cart-line").filter(new Locator.FilterOptions().setHasText("Silk scarf"));
        scarfLine.getByLabel("Quantity").fill("1");
        scarfLine.getByLabel("Quantity").dispatchEvent("change");
        assertThat(shopper.locator(".cart .total")).hasText("Items €285.00");
        assertThat(shopper.locator("#cart-link")).hasText("Cart (2)");
        shoot(shopper, "storefront-cart");

        shopper.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to checkout")).click();
        shopper.getByLabel("E-mail").fill("claire@example.fr");
        shopper.getByLabel("Country").selectOption("FR");
        assertThat(shopper.getByLabel("Postal code")).hasAttribute("required", "");
        shopper.getByLabel("Full name of the recipient").fill("Claire Martin");
        shopper.getByLabel("Street and house number").fill("12 rue des Tisserands");
        shopper.getByLabel("Postal code").fill("69001");
        shopper.getByLabel("Town or city").fill("Lyon");
        shoot(shopper, "storefront-checkout");
        button(shopper, "Place the order").click();

        shopper.waitForURL("**/shop/" + shop + "/orders/*?token=*");
        Locator pay = shopper.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("How to pay"));
        assertThat(pay).containsText("€285.00");
        String number = pay.locator("strong").textContent();
        assertThat(pay).containsText("IBAN");
        String orderPage = shopper.url();
        shoot(shopper, "storefront-order-awaiting-payment");

        Page brand = signedIn(manager);
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Orders").setExact(true)).click();
        shoot(brand, "portal-orders");
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
        button(brand, "Confirm payment received").click();
        // An irreversible step asks first
        button(brand, "Yes, the payment has arrived").click();
        assertThat(brand.locator("h1 + p .badge")).hasText("Paid");
        Locator parcels = brand.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Parcels"));
        assertThat(parcels.getByRole(AriaRole.ROW)).hasCount(3);
        shoot(brand, "portal-order");

        shipAsArtisan(weaver, "Pamir Kilim", "Pamir kilim", "Silk scarf", "La Poste", "LP123456789TJ");
        shipAsArtisan(embroiderer, "Rang Suzani", "Silk scarf", "Pamir kilim", "DHL", "DHL987654");

        shopper.navigate(orderPage);
        assertThat(shopper.locator("h1 + p .badge")).hasText("Shipped");
        Locator shipped = shopper.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Parcels"));
        assertThat(shipped.locator(".parcel")).hasCount(2);
        assertThat(shipped).containsText("La Poste, tracking number LP123456789TJ");
        assertThat(shipped).containsText("DHL, tracking number DHL987654");
        assertThat(shopper.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("How to pay"))).hasCount(0);
        shoot(shopper, "storefront-order-shipped");
        assertEquals(List.of(), console, "the pages run without console errors, CSP reports included");
    }

    /** The artisan opens their queue, sees only their own parcel, accepts it and ships it with tracking. */
    private void shipAsArtisan(String email, String workshop, String theirs, String notTheirs, String carrier,
            String tracking) {
        Page page = signedIn(email);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(workshop)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Orders to send")).click();
        Locator parcel = page.locator(".parcel");
        assertThat(parcel).hasCount(1);
        assertThat(parcel).containsText(theirs);
        assertThat(parcel).not().containsText(notTheirs);
        button(page, "Accept").click();
        assertThat(page.locator(".parcel .badge")).hasText("Accepted");
        page.getByLabel("Carrier").fill(carrier);
        page.getByLabel("Tracking number").fill(tracking);
        shoot(page, "portal-fulfilments-" + carrier.replace(' ', '-').toLowerCase());
        button(page, "Mark as shipped").click();
        assertThat(page.locator(".parcel .badge")).hasText("Shipped");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
