package dev.canopy.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.stripe.StripeEvents;
import dev.canopy.testsupport.stripe.StripeSignatures;
import dev.canopy.testsupport.stripe.StripeStandIn;
import dev.canopy.testsupport.stripe.WithStripe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * A shopper in a shop that takes cards: the checkout page sends the browser to Stripe's hosted page
 * (here the stand-in's), and back on the order page after paying, the order is paid once Stripe's
 * webhook has come.
 */
@QuarkusTest
@TestProfile(WithStripe.class)
class CardCheckoutBrowserTest extends BrowserJourney {

    private static final StripeStandIn STRIPE = StripeStandIn.shared();

    @Test
    void theCheckoutPageSendsTheShopperToStripesPageAndTheOrderPageFollowsThePayment() {
        STRIPE.reset();
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager, Map.of("name", Fixtures.unique("Zarbof Home")));
        String weavers = Fixtures.member(shop, manager, Map.of("name", "Pamir Kilim"));
        String carpet = Products.published(shop, weavers, manager, Products.carpet("Pamir kilim", "Килим", 24000));

        Page shopper = anonymous();
        shopper.navigate("/shop/" + shop + "/products/" + carpet);
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
        shopper.waitForURL("**/shop/" + shop + "/cart");
        shopper.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to checkout")).click();
        shopper.getByLabel("E-mail").fill("claire@example.fr");
        shopper.getByLabel("Country").selectOption("FR");
        shopper.getByLabel("Full name of the recipient").fill("Claire Martin");
        shopper.getByLabel("Street and house number").fill("12 rue des Tisserands");
        shopper.getByLabel("Postal code").fill("69001");
        shopper.getByLabel("Town or city").fill("Lyon");
        BrowserJourney.shoot(shopper, "storefront-checkout-card");
        shopper.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the order")).click();

        // The first card checkout of a run loads stripe-java and opens its first connection: allow for it
        shopper.waitForURL(STRIPE.baseUrl() + "/pay/cs_*", new Page.WaitForURLOptions().setTimeout(60_000));
        String session = shopper.url().substring(shopper.url().lastIndexOf('/') + 1);
        Map<String, Object> paid = STRIPE.pay(session);
        String number = (String) paid.get("client_reference_id");

        // Back from Stripe before its webhook: the order is not paid by the return itself (the address
        // is the storefront's public one; the test's app listens elsewhere, so only its path is followed)
        java.net.URI back = java.net.URI.create((String) paid.get("success_url"));
        shopper.navigate(back.getRawPath() + "?" + back.getRawQuery());
        assertThat(shopper.locator("main")).containsText(number);
        assertThat(shopper.locator(".badge.status-awaiting_payment")).isVisible();
        assertThat(shopper.locator("a[href='" + STRIPE.baseUrl() + "/pay/" + session + "']")).isVisible();
        String payload = StripeEvents.sessionCompleted(paid);
        RestAssured.given().contentType(ContentType.JSON)
                .header("Stripe-Signature", StripeSignatures.header(payload, StripeStandIn.WEBHOOK_SECRET))
                .body(payload).post("/api/v1/payments/stripe/webhook").then().statusCode(200);
        shopper.reload();
        assertThat(shopper.locator(".badge.status-paid").first()).isVisible();
        assertThat(shopper.locator("a[href^='" + STRIPE.baseUrl() + "']")).hasCount(0);
        BrowserJourney.shoot(shopper, "storefront-order-paid-by-card");
    }
}
