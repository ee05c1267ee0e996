package dev.canopy.storefront;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.HeadlessBrowser;
import dev.canopy.testsupport.IssuerAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/** The shopper's storefront and the manager's portal, driven in a real browser as a person uses them. */
@QuarkusTest
class StorefrontAndPortalBrowserTest {

    private static HeadlessBrowser browser;

    @TestHTTPResource("/")
    URL app;
    @OidcWireMock
    WireMockServer issuer;

    private Page page;
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
    void openPage() {
        page = browser.newPage(app);
        accounts = new IssuerAccounts(issuer);
    }

    @AfterEach
    void closePage() {
        HeadlessBrowser.discard(page);
        accounts.forgetAll();
    }

    @Test
    void storefrontHomeShowsTheBrandItsStoryColourAndOnlyItsActiveWorkshops() {
        String manager = Fixtures.email("manager");
        String name = Fixtures.unique("Zarbof Home");
        String story = "Suzani and ikat, hand-woven in the valleys of the Pamirs";
        String shop = Fixtures.consortium(manager, Map.of("name", name, "story", story, "primaryColor", "#7a2e1f"));
        Fixtures.member(shop, manager, Map.of("name", "Nilufar's Suzani Workshop", "craft", "embroidery",
                "region", "Khorog", "story", "Silk on cotton, stitched by hand"));
        Fixtures.member(shop, manager, Map.of("name", "Farrukh Ikat", "craft", "weaving"));
        Fixtures.member(shop, manager, Map.of("name", "Dormant Looms", "status", "suspended"));

        page.navigate("/shop/" + shop + "/");

        assertThat(page).hasTitle(name);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
        assertThat(page.getByText(story)).isVisible();
        assertThat(page.locator("header")).hasCSS("background-color", "rgb(122, 46, 31)");
        Locator workshops = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Our workshops"));
        assertThat(workshops.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3)))
                .hasText(new String[] { "Farrukh Ikat", "Nilufar's Suzani Workshop" });
        assertThat(workshops.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText("Nilufar's Suzani Workshop"))).containsText("embroidery · Khorog");
        assertThat(page.getByText("Dormant Looms")).hasCount(0);
        HeadlessBrowser.screenshot(page, "storefront-home");
    }

    @Test
    void storefrontSpeaksRussianOnceTheShopperPicksRu() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        page.navigate("/shop/" + shop + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Our workshops")))
                .isVisible();

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Language"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("ru").setExact(true)).click();

        page.waitForURL("**/shop/" + shop + "/?lang=ru");
        assertThat(page.locator("html")).hasAttribute("lang", "ru");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Наши мастерские")))
                .isVisible();
        assertThat(page.getByText("Мастерские ещё не присоединились.")).isVisible();
        assertThat(page.getByText("Сделано в TJ")).isVisible();
        assertThat(page.getByText("Our workshops")).hasCount(0);
    }

    @Test
    void startPageListsTheStorefrontWithALinkThatLeadsToIt() {
        String name = Fixtures.unique("Vardan Carpets");
        String shop = Fixtures.consortium(Fixtures.email("manager"), Map.of("name", name));

        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Storefronts").setLevel(1)))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();

        page.waitForURL("**/shop/" + shop + "/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
    }

    @Test
    void managerSignsInThroughTheIssuersLoginFormAndSeesOnlyTheConsortiumTheyManage() {
        String manager = Fixtures.email("manager");
        String name = Fixtures.unique("Zarbof Home");
        String shop = Fixtures.consortium(manager, Map.of("name", name));
        String othersName = Fixtures.unique("Someone Else's Brand");
        Fixtures.consortium(Fixtures.email("manager"), Map.of("name", othersName));

        signIn(manager);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Consortia you manage")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(othersName))).hasCount(0);
        openConsortium(name, shop);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1)))
                .isVisible();
        assertThat(page.getByText("No members yet.")).isVisible();
    }

    @Test
    void managerAdmitsAMemberThroughThePortalFormAndSeesItInTheTable() {
        String manager = Fixtures.email("manager");
        String name = Fixtures.unique("Zarbof Home");
        String shop = Fixtures.consortium(manager, Map.of("name", name));
        String memberSlug = Fixtures.unique("nilufar");
        signIn(manager);
        openConsortium(name, shop);

        Locator admit = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Admit a member"));
        admit.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Nilufar's Suzani Workshop");
        admit.getByLabel("Slug (used in addresses)").fill(memberSlug);
        admit.getByLabel("Craft").fill("embroidery");
        admit.getByLabel("Region").fill("Khorog");
        assertThat(admit.getByLabel("Country (ISO code, e.g. TJ)")).hasValue("TJ");
        submit(admit.locator("form"), "Admit a member");

        page.waitForURL("**/portal/consortia/" + shop);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members (1)"))).isVisible();
        assertThat(memberRow("Nilufar's Suzani Workshop").getByRole(AriaRole.CELL))
                .hasText(new String[] { "Nilufar's Suzani Workshop", "embroidery", "Khorog", "Active" });
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nilufar's Suzani Workshop")).click();
        page.waitForURL("**/portal/consortia/" + shop + "/members/" + memberSlug);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Nilufar's Suzani Workshop");
    }

    @Test
    void managerOpensAMemberFromTheTableAndAddsAnArtisanThroughThePortalForm() {
        String manager = Fixtures.email("manager");
        String name = Fixtures.unique("Zarbof Home");
        String shop = Fixtures.consortium(manager, Map.of("name", name));
        String member = Fixtures.member(shop, manager,
                Map.of("name", "Nilufar's Suzani Workshop", "craft", "embroidery", "region", "Khorog"));
        Fixtures.member(shop, manager, Map.of("name", "Farrukh Ikat", "status", "invited"));
        String artisan = Fixtures.email("artisan.nilufar");
        signIn(manager);
        openConsortium(name, shop);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members (2)"))).isVisible();
        assertThat(memberRow("Farrukh Ikat").getByRole(AriaRole.CELL).last()).hasText("Invited");
        Locator row = memberRow("Nilufar's Suzani Workshop");
        assertThat(row.getByRole(AriaRole.CELL))
                .hasText(new String[] { "Nilufar's Suzani Workshop", "embroidery", "Khorog", "Active" });
        HeadlessBrowser.screenshot(page, "portal-consortium");
        row.getByRole(AriaRole.LINK).click();

        page.waitForURL("**/portal/consortia/" + shop + "/members/" + member);
        Locator artisans = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Artisans"));
        assertThat(artisans.getByText("No artisans yet.")).isVisible();
        artisans.getByLabel("E-mail").fill(artisan);
        submit(artisans.locator("form"), "Add");

        assertThat(artisans.getByRole(AriaRole.LISTITEM)).hasText(new String[] { artisan });
        assertThat(artisans.getByText("No artisans yet.")).hasCount(0);
    }

    private void signIn(String email) {
        BrowserSignIn.signIn(page, app, issuer, accounts, email);
    }

    private void openConsortium(String name, String slug) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        page.waitForURL("**/portal/consortia/" + slug);
    }

    private Locator memberRow(String name) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
    }

    /** Clicks the form's button as a person does, once sure the browser would send the form at all. */
    private static void submit(Locator form, String button) {
        Object refused = form.evaluate("f => [...f.elements].filter(e => !e.validity.valid)"
                + ".map(e => `${e.name}: ${e.validationMessage} (pattern ${e.pattern})`).join('; ')");
        assertEquals("", refused, "the browser refuses to send the form");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();
    }
}
