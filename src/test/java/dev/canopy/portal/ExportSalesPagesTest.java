package dev.canopy.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.HeadlessBrowser;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The managers' export dashboard and each workshop's own sales page, over two paid orders to two countries. */
@QuarkusTest
class ExportSalesPagesTest extends WorkshopPortalTest {

    private static final String DASHBOARD = "/portal/consortia/{c}/reports/export-sales";
    private static final String MINE = "/portal/consortia/{c}/members/{m}/sales";
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @TestHTTPResource("/")
    URL app;

    @Override
    String signedIn() {
        return manager;
    }

    @Test
    void theManagersDashboardShowsRevenueByCountryAsAChartAndATable() {
        String other = sellToFranceAndGermany();
        session.get("/portal/consortia/{c}?lang=en", consortium).then()
                .body(containsString("href=\"/portal/consortia/" + consortium + "/reports/export-sales\">Export sales</a>"));
        session.get(DASHBOARD + "?from={d}&to={d}&lang=en", consortium, TODAY, TODAY).then().statusCode(200)
                .body(containsString(">Export revenue</span>"))
                .body(containsString(">285.00 EUR</span>"))
                .body(containsString("<svg class=\"bars\""))
                .body(containsString("role=\"img\""))
                .body(containsString("<th scope=\"row\">FR</th>"))
                .body(containsString("<th scope=\"row\">DE</th>"))
                .body(containsString(">240.00 EUR</td>"))
                .body(containsString(">Rang Suzani</th>"))
                .body(containsString("<option value=\"" + other + "\">"));
        // Without dates: the last full quarter, which holds none of today's sales
        session.get(DASHBOARD + "?lang=en", consortium).then().statusCode(200)
                .body(containsString("No paid sales in this period."))
                .body(containsString(">Last quarter</a>"));
    }

    @Test
    void theDashboardsDownloadsAreTheApisFilesWithThePagesFilters() {
        sellToFranceAndGermany();
        String page = session.get(DASHBOARD + "?from={from}&to={to}&member={m}&lang=en", consortium, TODAY, TODAY, member)
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<input type=\"hidden\" name=\"member\" value=\"" + member + "\">"), page);
        assertTrue(page.contains("<button type=\"submit\" name=\"format\" value=\"xlsx\">Download XLSX</button>"));
        assertTrue(page.contains("<select name=\"currency\">"));
        String api = as(Tokens.person(manager)).accept("text/csv")
                .queryParams(Map.of("from", TODAY, "to", TODAY, "member", member, "groupBy", "country"))
                .get("/api/v1/consortia/{c}/reports/export-sales", consortium).then().statusCode(200).extract()
                .asString();
        String csv = session.get(DASHBOARD + "/download?format=csv&groupBy=country&from={from}&to={to}&member={m}",
                consortium, TODAY, TODAY, member).then().statusCode(200)
                .header("Content-Disposition", containsString(".csv")).extract().asString();
        assertEquals(api, csv);
        assertTrue(csv.contains("FR,1,1,240.00"), csv);
        session.get(DASHBOARD + "/download?format=xlsx&groupBy=member,month&from={d}&to={d}", consortium, TODAY,
                TODAY).then().statusCode(200).contentType(containsString("spreadsheetml"));
        session.get(DASHBOARD + "/download?format=pdf&from={d}&to={d}", consortium, TODAY, TODAY).then()
                .statusCode(400);
        PortalSession.signIn(issuer, accounts, artisan)
                .get(DASHBOARD + "/download?format=csv&from={d}&to={d}", consortium, TODAY, TODAY).then()
                .statusCode(403);
    }

    @Test
    void anArtisanSeesOnlyItsOwnWorkshopsSales() {
        String other = sellToFranceAndGermany();
        PortalSession artisans = PortalSession.signIn(issuer, accounts, artisan);

        artisans.get(DASHBOARD + "?from={d}&to={d}", consortium, TODAY, TODAY).then().statusCode(403);
        artisans.get("/portal/consortia/{c}/members/{m}?lang=en", consortium, member).then()
                .body(containsString("href=\"/portal/consortia/" + consortium + "/members/" + member
                        + "/sales\">Sales</a>"));
        artisans.get(MINE + "?from={d}&to={d}&lang=en", consortium, member, TODAY, TODAY).then().statusCode(200)
                .body(containsString("<svg class=\"columns\""))
                .body(containsString("<th scope=\"row\">FR</th>"))
                .body(containsString(">240.00 EUR</td>"))
                .body(containsString("href=\"/portal/consortia/" + consortium + "/members/" + member + "/payouts\">"))
                .body(not(containsString("<th scope=\"row\">DE</th>")));
        artisans.get(MINE + "?from={d}&to={d}", consortium, other, TODAY, TODAY).then().statusCode(404);
    }

    @Test
    void theDashboardFitsALaptopAndAPhone() {
        sellToFranceAndGermany();
        try (HeadlessBrowser browser = HeadlessBrowser.launch()) {
            Page page = browser.newPage(app);
            page.context().addCookies(session.cookies().entrySet().stream()
                    .map(c -> new Cookie(c.getKey(), c.getValue()).setUrl(app.toString())).toList());
            page.navigate("/portal/consortia/" + consortium + "/reports/export-sales?from=" + TODAY + "&to=" + TODAY
                    + "&lang=en");
            assertThat(page.getByRole(AriaRole.IMG,
                    new Page.GetByRoleOptions().setName("Net revenue by destination country, largest first")))
                    .isVisible();
            HeadlessBrowser.screenshot(page, "portal-export-sales");
            page.setViewportSize(390, 844);
            assertTrue(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue() <= 390,
                    "nothing is wider than a phone");
            HeadlessBrowser.screenshot(page, "portal-export-sales-phone");
        }
    }

    /** A carpet of the session's workshop to France, a scarf of a second workshop to Germany; answers the second. */
    private String sellToFranceAndGermany() {
        String other = Fixtures.member(consortium, manager, Map.of("name", "Rang Suzani"));
        String carpet = Shopping.variantOf(consortium, Products.published(consortium, member, manager,
                Products.carpet("Kilim", "Килим", 24000)));
        String scarf = Shopping.variantOf(consortium, Products.published(consortium, other, manager,
                Products.carpet("Scarf", "Шарф", 4500)));
        pay(order("FR", carpet));
        pay(order("DE", scarf));
        return other;
    }

    private String order(String country, String variant) {
        String cart = Shopping.cart(consortium, "EUR");
        Shopping.add(consortium, cart, variant, 1);
        return given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("email", "claire@example.fr", "shippingAddress", Shopping.address(country, "10115"),
                        "currency", "EUR"))
                .post("/api/v1/store/{c}/carts/{id}/checkout", consortium, cart).then().statusCode(201).extract()
                .path("orderNumber");
    }

    private void pay(String number) {
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", consortium, number)
                .then().statusCode(200);
    }
}
