package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.fx.RateFeedStandIn;
import io.quarkus.test.junit.QuarkusTest;

/** The manager's rates page with the reference feed: fetch now, the rates' age, markup and a failed fetch. */
@QuarkusTest
class ExchangeRatePagesTest extends WorkshopPortalTest {

    private static final String PAGE = "/portal/consortia/{c}/exchange-rates";

    private final RateFeedStandIn feed = RateFeedStandIn.shared();

    @Override
    String signedIn() {
        return manager;
    }

    @BeforeEach
    void theFeedServesTheDaysRates() {
        feed.serve("2026-12-01", Map.of("USD", "1.25"));
    }

    @Test
    void theManagerFetchesNowAndSeesHowOldTheRatesAreEvenWhenAFetchFails() {
        session.get(PAGE + "?lang=en", consortium).then().statusCode(200)
                .body(containsString("The reference rates have not been fetched yet."))
                .body(containsString("Fetch the reference rates now"));

        session.post(PAGE + "/refresh", Map.of(), consortium).then().statusCode(303)
                .header("Location", containsString("fetch=done"));
        session.get(PAGE + "?lang=en", consortium).then()
                .body(containsString("Reference rates of the European Central Bank of 2026-12-01, fetched"))
                .body(containsString("1.25 <span class=\"meta\">(reference feed)</span>"))
                .body(containsString(
                        "name=\"rate.USD\" inputmode=\"decimal\" maxlength=\"21\" pattern=\"[0-9]+([.,][0-9]+)?\" value=\"\""));

        session.post(PAGE, Map.of("markup", "2", "rate.USD", ""), consortium).then().statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/exchange-rates", consortium).then()
                .body("rates.USD", equalTo("1.275")).body("markupPercent", equalTo("2"));

        feed.fail(RateFeedStandIn.Mode.SERVER_ERROR);
        session.post(PAGE + "/refresh", Map.of(), consortium).then().statusCode(303)
                .header("Location", containsString("fetch=failed"));
        session.get(PAGE + "?lang=en&fetch=failed", consortium).then()
                .body(containsString("The reference rates could not be fetched; the rates in force are kept."))
                .body(containsString("failed: the feed answered 500. The rates below are kept"))
                .body(containsString("1.275 <span class=\"meta\">(reference feed)</span>"))
                .body(containsString("fetched"));
    }

    @Test
    void theManagerChoosesHowPricesInEachCurrencyAreShown() {
        session.get(PAGE + "?lang=en", consortium).then().statusCode(200)
                .body(containsString("<option value=\"minor\" selected>to the cent (260.21)</option>"));

        session.post(PAGE, Map.of("rate.USD", "1.1", "rounding.USD", "ending_99"), consortium).then()
                .statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/exchange-rates", consortium).then()
                .body("rounding.USD", equalTo("ending_99"));
        session.get(PAGE + "?lang=en", consortium).then().body(containsString(
                "<option value=\"ending_99\" selected>ending in .99 (260.21 → 260.99)</option>"));

        session.post(PAGE, Map.of("rate.USD", "1.1", "rounding.USD", "nearest"), consortium).then()
                .statusCode(400).body(containsString("rounding.USD"));
    }

    @Test
    void anArtisanMayNotFetch() {
        PortalSession.signIn(issuer, accounts, artisan).post(PAGE + "/refresh", Map.of(), consortium).then()
                .statusCode(403);
    }
}
