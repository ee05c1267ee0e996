package dev.canopy.storefront;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Page;

import dev.canopy.testsupport.HeadlessBrowser;
import dev.canopy.testsupport.IssuerAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * Journeys of several people in one real browser: each person gets a page of their own (their own
 * cookies), signed in to the portal or not; pages and issuer accounts are forgotten after each test.
 */
abstract class BrowserJourney {

    private static HeadlessBrowser browser;

    @TestHTTPResource("/")
    URL app;
    @OidcWireMock
    WireMockServer issuer;

    private final List<Page> pages = new ArrayList<>();
    private IssuerAccounts accounts;

    @BeforeAll
    static void launchBrowser() {
        browser = HeadlessBrowser.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void accounts() {
        accounts = new IssuerAccounts(issuer);
    }

    @AfterEach
    void closePages() {
        pages.forEach(HeadlessBrowser::discard);
        accounts.forgetAll();
    }

    /** A page for someone who is not signed in: a shopper. */
    Page anonymous() {
        Page page = browser.newPage(app);
        pages.add(page);
        return page;
    }

    /** A shopper's page with JavaScript off: what the pages must work without. */
    Page withoutJavaScript() {
        Page page = browser.newPage(app, false);
        pages.add(page);
        return page;
    }

    Page signedIn(String email) {
        Page page = anonymous();
        signIn(page, email);
        return page;
    }

    /** Signs {@code email} in on this page through the issuer's login form. */
    void signIn(Page page, String email) {
        BrowserSignIn.signIn(page, app, issuer, accounts, email);
    }

    /** The page as it is on a laptop and on a phone (390×844). */
    static void shoot(Page page, String name) {
        HeadlessBrowser.screenshot(page, name);
        page.setViewportSize(390, 844);
        HeadlessBrowser.screenshot(page, name + "-phone");
        page.setViewportSize(1280, 800);
    }
}
