package dev.canopy.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.canopy.platform.outbox.OutboxDispatcher;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.fx.RateFeedStandIn;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The journeys of issue 11 on a 360-pixel phone: a shopper buys a made-to-order piece knowing the full
 * price first and is mailed at each step; the manager lands on what needs doing, finds the order by
 * the shopper's e-mail, confirms the payment after being asked, and fetches the day's reference rates.
 */
@QuarkusTest
class PhoneJourneysBrowserTest extends BrowserJourney {

    private static final int PHONE = 360;

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    MockMailbox mailbox;

    @Test
    void aShopperOnAPhoneBuysAMadeToOrderPieceKnowingTheTotalAndTheManagerConfirmsThePaymentFoundByEmail() {
        String manager = Fixtures.email("manager");
        String name = Fixtures.unique("Sughd Looms");
        String shop = Fixtures.consortium(manager, Map.of("name", name));
        String weavers = Fixtures.member(shop, manager, Map.of("name", "Pamir Kilim"));
        Map<String, Object> suzani = Products.carpet("Made-to-order suzani", "Сюзане на заказ", 30000);
        suzani.put("leadTimeDays", 21);
        suzani.put("variants", List.of(Map.of("sku", Fixtures.unique("SUZ"), "price",
                Map.of("amount", 30000, "currency", "EUR"), "stock", 0)));
        String product = Products.published(shop, weavers, manager, suzani);
        as(Tokens.person(manager)).body(Map.of("model", "per_member", "zones", List.of(Map.of("name", "Germany",
                "countries", List.of("DE"), "rates", List.of(Map.of("perParcel", 1500, "perKg", 0))))))
                .put("/api/v1/consortia/{c}/shipping", shop).then().statusCode(200);
        String email = Fixtures.unique("anna") + "@example.de";

        String number = buyOnAPhone(shop, product, email);
        assertThat(mails(email, "We received your order " + number).get(0).getText(),
                containsString("Total: €315.00"));

        Page brand = signedIn(manager);
        brand.setViewportSize(PHONE, 800);
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        Locator todo = brand.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Needs doing"));
        todo.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("1 order awaits payment")).click();
        brand.getByLabel("Number, name or e-mail").fill(email);
        button(brand, "Show").click();
        Locator found = brand.locator("tbody tr");
        assertThat(found).hasCount(1);
        found.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(number)).click();
        button(brand, "Confirm payment received").click();
        assertThat(brand.locator("h1")).hasText("Has the payment for order " + number + " arrived?");
        button(brand, "Yes, the payment has arrived").click();
        assertThat(brand.locator("h1 + p .badge")).hasText("Paid");
        shoot(brand, "phone-portal-order-paid");

        assertThat(mails(email, "Payment received for order " + number).get(0).getText(),
                containsString("We received your payment."));
    }

    @Test
    void aManagerOnAPhoneFetchesTheDaysReferenceRatesWithoutTypingThem() {
        RateFeedStandIn.shared().serve("2026-12-01", Map.of("USD", "1.0815"));
        String manager = Fixtures.email("manager");
        String name = Fixtures.unique("Yerevan Ateliers");
        Fixtures.consortium(manager, Map.of("name", name));

        Page brand = signedIn(manager);
        brand.setViewportSize(PHONE, 800);
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        brand.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exchange rates").setExact(true)).click();
        button(brand, "Fetch the reference rates now").click();
        assertThat(brand.locator("main")).containsText("1.0815");
        shoot(brand, "phone-portal-rates");
    }

    /** The shopper's phone: product, cart with the destination's total, checkout; returns the order number. */
    private String buyOnAPhone(String shop, String product, String email) {
        Page shopper = anonymous();
        shopper.setViewportSize(PHONE, 800);
        shopper.navigate("/shop/" + shop + "/products/" + product);
        assertThat(shopper.locator("main")).containsText("Made to order in 21 days");
        button(shopper, "Add to cart").click();
        shopper.waitForURL("**/shop/" + shop + "/cart");
        assertThat(shopper.locator(".cart-line")).containsText("Made to order in 21 days");
        shopper.getByLabel("Ship to").selectOption("DE");
        assertThat(shopper.locator(".shipping .grand")).hasText("Total €315.00");

        shopper.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to checkout")).click();
        assertThat(shopper.locator("#shipping .grand")).hasText("Total €315.00");
        shopper.getByLabel("E-mail").fill(email);
        shopper.getByLabel("Full name of the recipient").fill("Anna Schmidt");
        shopper.getByLabel("Street and house number").fill("Webergasse 4");
        shopper.getByLabel("Postal code").fill("01067");
        shopper.getByLabel("Town or city").fill("Dresden");
        button(shopper, "Place the order").click();
        shopper.waitForURL("**/shop/" + shop + "/orders/*?token=*");
        Locator pay = shopper.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("How to pay"));
        assertThat(pay).containsText("€315.00");
        assertThat(shopper.locator("main")).containsText("Made to order in 21 days");
        shoot(shopper, "phone-storefront-made-to-order");
        return pay.locator("strong").textContent();
    }

    /** The mails to {@code email} with this subject, once the outbox has been worked through. */
    private List<Mail> mails(String email, String subject) {
        dispatcher.dispatch();
        List<Mail> mails = mailbox.getMailsSentTo(email).stream().filter(m -> m.getSubject().equals(subject)).toList();
        assertThat(subject, mails, hasSize(1));
        return mails;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
