package dev.canopy.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.canopy.testsupport.IssuerAccounts;

/** Signs a person in to the portal in the browser: the issuer's login form, then back to the portal. */
final class BrowserSignIn {

    private static final String PASSWORD = "correct horse battery staple";

    private BrowserSignIn() {
    }

    static void signIn(Page page, URL app, WireMockServer issuer, IssuerAccounts accounts, String email) {
        accounts.register(email, PASSWORD);
        page.navigate("/portal/");

        page.waitForURL(url -> url.startsWith(issuer.baseUrl() + "/auth/realms/quarkus"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("login")).click();

        page.waitForURL(app + "portal/");
        assertThat(page.getByText("Signed in as " + email)).isVisible();
    }
}
