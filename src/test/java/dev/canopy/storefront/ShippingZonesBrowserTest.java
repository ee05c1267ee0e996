package dev.canopy.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.HeadlessBrowser;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A manager sets shipping zones by picking ready zones and country names, on a phone and on a laptop. */
@QuarkusTest
class ShippingZonesBrowserTest extends BrowserJourney {

    @ParameterizedTest
    @ValueSource(ints = { 360, 1280 })
    void readyZonesAndCountryNamesNeedNoCodes(int width) {
        String manager = Fixtures.email("manager");
        String shop = Fixtures.consortium(manager);
        Page page = signedIn(manager);
        page.setViewportSize(width, 800);
        page.navigate("/portal/consortia/" + shop + "/shipping?lang=en");

        page.locator("[name='row.0.zone']").fill("Europe");
        page.locator("[name='row.0.ready']").selectOption("eu");
        page.locator("[name='row.0.perParcel']").fill("12");
        page.locator("[name='row.1.zone']").fill("Home and neighbours");
        page.locator("[name='row.1.country']").selectOption(new String[] { "TJ", "UZ" });
        page.locator("[name='row.1.perParcel']").fill("5");
        page.locator("[name='row.2.zone']").fill("Everywhere else");
        page.locator("[name='row.2.ready']").selectOption("world");
        page.locator("[name='row.2.perParcel']").fill("30");
        assertTrue(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue() <= width,
                "the shipping page overflows at " + width + " px");
        HeadlessBrowser.screenshot(page, "portal-shipping-zones-" + width);
        page.getByText("Save shipping").click();

        assertThat(page.getByText("Shipping saved")).isVisible();
        assertThat(page.locator("[name='row.0.ready']")).hasValue("eu");
        assertThat(page.locator("[name='row.1.country'] option[value='UZ']")).hasText("Uzbekistan");
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/shipping", shop).then()
                .body("zones[0].countries.size()", equalTo(27)).body("zones[0].countries", hasItems("DE", "FR"))
                .body("zones[1].countries", equalTo(List.of("TJ", "UZ")))
                .body("zones[2].countries", equalTo(List.of("*")));
    }
}
