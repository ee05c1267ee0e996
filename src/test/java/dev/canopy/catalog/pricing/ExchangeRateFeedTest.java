package dev.canopy.catalog.pricing;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoConsortia;
import dev.canopy.testsupport.fx.RateFeedStandIn;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Rates from the reference feed (a stand-in of the ECB's): markup, cross rates, overrides and failures. */
@QuarkusTest
class ExchangeRateFeedTest {

    private static final String RATES = "/api/v1/consortia/{c}/exchange-rates";

    private final RateFeedStandIn feed = RateFeedStandIn.shared();
    private final String manager = Fixtures.email("manager");

    @Inject
    DailyRateFetch daily;

    @BeforeEach
    void theFeedServesTheDaysRates() {
        feed.serve("2026-12-01", Map.of("USD", "1.25", "GBP", "0.80", "JPY", "160"));
    }

    @Test
    void aRefreshTakesTheFeedsRatesWithTheManagersMarkup() {
        String c = consortium("EUR", List.of("USD", "GBP"));
        manager().body(Map.of("rates", Map.of(), "markupPercent", "5")).put(RATES, c).then().statusCode(200)
                .body("markupPercent", equalTo("5"));

        manager().post(RATES + "/refresh", c).then().statusCode(200)
                .body("rates.USD", equalTo("1.3125")).body("rates.GBP", equalTo("0.84"))
                .body("sources.USD", equalTo("feed")).body("ratedOn.USD", equalTo("2026-12-01"))
                .body("feed.referenceDate", equalTo("2026-12-01")).body("feed.fetchedAt", notNullValue())
                .body("feed.stale", equalTo(false));

        manager().body(Map.of("rates", Map.of(), "markupPercent", "0")).put(RATES, c).then()
                .body("rates.USD", equalTo("1.25"));
    }

    @Test
    void aBaseOtherThanTheEuroGetsCrossRates() {
        String c = consortium("USD", List.of("EUR", "GBP", "JPY"));

        // per dollar: 1/1.25 euro, 0.80/1.25 pound, 160/1.25 yen
        manager().post(RATES + "/refresh", c).then().statusCode(200).body("base", equalTo("USD"))
                .body("rates.EUR", equalTo("0.8")).body("rates.GBP", equalTo("0.64"))
                .body("rates.JPY", equalTo("128"));
    }

    @Test
    void aManualRateOutlivesRefreshesUntilTheManagerClearsIt() {
        String c = consortium("EUR", List.of("USD", "GBP"));
        manager().body(Map.of("rates", Map.of("USD", "1.1"))).put(RATES, c).then().statusCode(200);

        manager().post(RATES + "/refresh", c).then().statusCode(200)
                .body("rates.USD", equalTo("1.1")).body("sources.USD", equalTo("manual"))
                .body("rates.GBP", equalTo("0.8")).body("sources.GBP", equalTo("feed"));

        manager().body(Map.of("rates", Map.of())).put(RATES, c).then().statusCode(200)
                .body("rates.USD", equalTo("1.25")).body("sources.USD", equalTo("feed"));
    }

    @ParameterizedTest
    @EnumSource(value = RateFeedStandIn.Mode.class, names = { "SERVER_ERROR", "MALFORMED", "SLOW", "DOWN" })
    void aFailedFetchKeepsTheRatesAndSaysHowOldTheyAre(RateFeedStandIn.Mode failure) {
        String c = consortium("EUR", List.of("USD"));
        String fetchedAt = manager().post(RATES + "/refresh", c).then().statusCode(200).extract().path("feed.fetchedAt");
        feed.fail(failure);

        // Answered within the read timeout (1 s in tests), well before the slow feed's 5 s
        manager().post(RATES + "/refresh", c).then().statusCode(503).time(lessThan(4_000L))
                .header("Retry-After", notNullValue()).contentType("application/problem+json")
                .body("detail", containsString("the rates in force are kept"));

        manager().get(RATES, c).then().statusCode(200).body("rates.USD", equalTo("1.25"))
                .body("feed.fetchedAt", equalTo(fetchedAt)).body("feed.referenceDate", equalTo("2026-12-01"))
                .body("feed.stale", equalTo(true)).body("feed.lastFailure", notNullValue());
    }

    @Test
    void onlyTheConsortiumsManagersFetch() {
        TwoConsortia two = TwoConsortia.create();
        as(Tokens.person(two.artisanA1())).post(RATES + "/refresh", two.a()).then().statusCode(403);
        as(Tokens.person(two.managerB())).post(RATES + "/refresh", two.a()).then().statusCode(404);
        as(Tokens.person(two.managerA())).get(RATES, two.a()).then().body("rates.USD", nullValue());
    }

    @Test
    void theDailyFetchServesEachConsortiumOnceADay() {
        String c = consortium("EUR", List.of("USD"));
        // Every consortium of the test database is due at first: a run serves a batch of them
        for (int run = 0; run < 50 && manager().get(RATES, c).path("feed.fetchedAt") == null; run++) {
            daily.fetchDue();
        }
        String fetchedAt = manager().get(RATES, c).then().body("rates.USD", equalTo("1.25"))
                .body("sources.USD", equalTo("feed")).extract().path("feed.fetchedAt");

        feed.serve("2026-12-02", Map.of("USD", "1.30"));
        daily.fetchDue();
        manager().get(RATES, c).then().body("rates.USD", equalTo("1.25")).body("feed.fetchedAt", equalTo(fetchedAt));
    }

    private String consortium(String base, List<String> currencies) {
        return Fixtures.consortium(manager, Map.of("baseCurrency", base, "currencies", currencies));
    }

    private RequestSpecification manager() {
        return as(Tokens.person(manager));
    }
}
