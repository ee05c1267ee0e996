package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.PaidOrders;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.TestClock;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The manager's portal pages: the review queue, the categories and the exchange rates. */
@QuarkusTest
class ManagerPortalPagesTest extends WorkshopPortalTest {

    @Inject
    TestClock clock;

    @Override
    String signedIn() {
        return manager;
    }

    @Test
    void consortiumPageLinksToTheQueueCategoriesAndRates() {
        pending(Products.carpet("Kilim", "Килим", 900));

        session.get("/portal/consortia/{c}", consortium).then().statusCode(200)
                .body(containsString("href=\"/portal/consortia/" + consortium
                        + "/reviews\">Review queue</a> <span class=\"badge\">1</span>"))
                .body(containsString("href=\"/portal/consortia/" + consortium + "/categories\""))
                .body(containsString("href=\"/portal/consortia/" + consortium + "/exchange-rates\""));
    }

    @Test
    void theLandingPageSaysWhatNeedsDoingAndTodaysSales() {
        String page = "/portal/consortia/{c}?lang=en";
        session.get(page, consortium).then().body(containsString("Nothing waits for you."))
                .body(containsString("Today: 0 orders paid, 0.00 EUR net"));
        pending(Products.carpet("Kilim", "Килим", 900));
        PaidOrders.placed(consortium, manager, member);
        PaidOrders.paid(consortium, manager, member);
        String workshop = "Workshop " + member;
        // Each order took one of three kilims: two left of each is running out
        session.get(page, consortium).then().body(containsString("1 product awaits review"))
                .body(containsString("/orders?status=awaiting_payment\">1 order awaits payment</a>"))
                .body(containsString("/members/" + member + "/stock\">" + workshop
                        + ": 2 variants with two pieces or fewer left</a>"))
                .body(containsString("Today: 1 order paid, 50.00 EUR net"))
                .body(not(containsString("not shipped")));
        try {
            clock.advance(Duration.ofDays(4));
            session.get(page, consortium).then().body(containsString("/members/" + member + "/fulfilments\">"
                    + workshop + ": 1 parcel not shipped three days after payment</a>"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void suspendingAWorkshopAsksFirstAndReinstatingDoesNot() {
        String page = "/portal/consortia/{c}/members/{m}";
        session.get(page + "?lang=en", consortium, member).then().body(containsString(">Suspend workshop</button>"));
        session.post(page + "/status?lang=en", Map.of("status", "suspended"), consortium, member).then()
                .statusCode(200).body(containsString("Suspend Workshop " + member + "?"))
                .body(containsString("<input type=\"hidden\" name=\"status\" value=\"suspended\">"));
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}", consortium, member).then()
                .body("status", equalTo("active"));
        session.post(page + "/status", Map.of("status", "suspended", "confirmed", "yes"), consortium, member).then()
                .statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}", consortium, member).then()
                .body("status", equalTo("suspended"));
        session.post(page + "/status", Map.of("status", "active"), consortium, member).then().statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}", consortium, member).then()
                .body("status", equalTo("active"));
        PortalSession.signIn(issuer, accounts, artisan)
                .post(page + "/status", Map.of("status", "suspended", "confirmed", "yes"), consortium, member).then()
                .statusCode(403);
    }

    @Test
    void theManagersChooseTheTimeZoneTheyReadTimesIn() {
        session.get("/portal/consortia/{c}?lang=en", consortium).then()
                .body(containsString("<option value=\"UTC\" selected>UTC</option>"));
        session.post("/portal/consortia/{c}/time-zone", Map.of("timeZone", "Asia/Dushanbe"), consortium).then()
                .statusCode(303);
        session.get("/portal/consortia/{c}/orders?lang=en", consortium).then()
                .body(containsString("Times in Asia/Dushanbe."));
        session.post("/portal/consortia/{c}/time-zone", Map.of("timeZone", "Asia/Atlantis"), consortium).then()
                .statusCode(400);
    }

    @Test
    void approvingFromTheQueuePublishesTheProduct() {
        String id = pending(Products.carpet("Pamir kilim", "Памирский килим", 24050));

        session.get("/portal/consortia/{c}/reviews", consortium).then().statusCode(200)
                .body(containsString("Waiting: 1"))
                .body(containsString("Pamir kilim"))
                .body(containsString("Памирский килим"))
                .body(containsString("240.50 EUR"));
        session.post("/portal/consortia/{c}/reviews/{id}/approve", Map.of(), consortium, id).then().statusCode(303);

        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(200);
        session.get("/portal/consortia/{c}/reviews", consortium).then().body(containsString("Nothing to review."));
    }

    @Test
    void theQueueShowsAPriceChangeFromTheApprovedPriceToTheNewOne() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));
        String variant = Shopping.variantOf(consortium, id);
        String sku = given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().extract()
                .path("variants[0].sku");
        as(Tokens.person(artisan)).body(Map.of("variants", List.of(Map.of("id", variant, "sku", sku,
                "price", Map.of("amount", 6500, "currency", "EUR"), "stock", 3))))
                .patch("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id).then()
                .statusCode(200);

        session.get("/portal/consortia/{c}/reviews?lang=en", consortium).then().statusCode(200)
                .body(containsString("50.00 EUR → 65.00 EUR <span class=\"badge\">new price</span>"));
        session.get("/portal/consortia/{c}/reviews?lang=ru", consortium).then()
                .body(containsString("50.00 EUR → 65.00 EUR <span class=\"badge\">новая цена</span>"));
    }

    @Test
    void sendingBackNeedsAReasonWhichTheArtisanThenSees() {
        String id = pending(Products.carpet("Kilim", "Килим", 900));

        session.post("/portal/consortia/{c}/reviews/{id}/reject", Map.of("reason", " "), consortium, id).then()
                .statusCode(400).body(containsString("Reason: must not be blank"));
        session.post("/portal/consortia/{c}/reviews/{id}/reject", Map.of("reason", "Photos are blurry"), consortium, id)
                .then().statusCode(303);

        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().body("status", equalTo("rejected")).body("rejectionReason", equalTo("Photos are blurry"));
    }

    @Test
    void categoriesAreAddedInEachLanguageAndOnlyUnusedOnesRemoved() {
        session.post("/portal/consortia/{c}/categories", Map.of("slug", "carpets", "name.en", "Carpets", "name.ru",
                "Ковры"), consortium).then().statusCode(303);
        session.post("/portal/consortia/{c}/categories", Map.of("slug", "Bad Slug", "name.en", "X"), consortium).then()
                .statusCode(400).body(containsString("Slug: must be lower-case letters"))
                .body(containsString("value=\"Bad Slug\""));
        session.get("/portal/consortia/{c}/categories", consortium).then().statusCode(200)
                .body(containsString("<td lang=\"ru\">Ковры</td>"));

        Map<String, Object> filed = Products.carpet("Kilim", "Килим", 900);
        filed.put("category", "carpets");
        Products.draft(consortium, member, Tokens.person(manager), filed);
        session.post("/portal/consortia/{c}/categories/carpets/remove", Map.of(), consortium).then().statusCode(409)
                .body(containsString("Products are filed under carpets"));
        session.post("/portal/consortia/{c}/categories", Map.of("slug", "cushions", "name.en", "Cushions"), consortium);
        session.post("/portal/consortia/{c}/categories/cushions/remove", Map.of(), consortium).then().statusCode(303);
        session.get("/portal/consortia/{c}/categories", consortium).then().body(not(containsString("cushions")));
    }

    @Test
    void exchangeRatesAreReplacedByOneDatedFormAndBadRatesChangeNothing() {
        session.get("/portal/consortia/{c}/exchange-rates", consortium).then().statusCode(200)
                .body(containsString("name=\"rate.USD\""))
                .body(containsString("no rate: no prices shown"));

        session.post("/portal/consortia/{c}/exchange-rates", Map.of("rate.USD", "1,0842"), consortium).then()
                .statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/exchange-rates", consortium).then()
                .body("rates.USD", equalTo("1.0842")).body("ratedOn.USD", equalTo(java.time.LocalDate.now().toString()));

        session.post("/portal/consortia/{c}/exchange-rates", Map.of("rate.USD", "a lot"), consortium).then()
                .statusCode(400).body(containsString("must be a positive decimal"));
        session.post("/portal/consortia/{c}/exchange-rates", Map.of("rate.USD", ""), consortium).then().statusCode(303);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/exchange-rates", consortium).then()
                .body("rates.USD", nullValue());
    }

    @Test
    void artisansMayNotUseTheManagersPagesAndOtherBrandsDoNotSeeThem() {
        String id = pending(Products.carpet("Kilim", "Килим", 900));
        PortalSession artisanSession = PortalSession.signIn(issuer, accounts, artisan);
        artisanSession.get("/portal/consortia/{c}/reviews", consortium).then().statusCode(403);
        artisanSession.get("/portal/consortia/{c}/categories", consortium).then().statusCode(403);
        artisanSession.post("/portal/consortia/{c}/exchange-rates", Map.of("rate.USD", "2"), consortium).then()
                .statusCode(403);
        artisanSession.post("/portal/consortia/{c}/reviews/{id}/approve", Map.of(), consortium, id).then()
                .statusCode(403);

        String otherManager = Fixtures.email("manager");
        Fixtures.consortium(otherManager);
        PortalSession otherBrand = PortalSession.signIn(issuer, accounts, otherManager);
        for (String page : List.of("reviews", "categories", "exchange-rates")) {
            otherBrand.get("/portal/consortia/{c}/" + page, consortium).then().statusCode(404);
        }
        otherBrand.get("/portal/consortia/{c}/members/{m}/products/{id}", consortium, member, id).then().statusCode(404);
        otherBrand.post("/portal/consortia/{c}/reviews/{id}/approve", Map.of(), consortium, id).then().statusCode(404);
        as(Tokens.person(artisan)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", consortium, member, id)
                .then().body("status", equalTo("pending_review"));
    }

    private String pending(Map<String, Object> product) {
        String id = Products.draft(consortium, member, Tokens.person(artisan), product);
        as(Tokens.person(artisan)).post("/api/v1/consortia/{c}/members/{m}/products/{id}/submit", consortium, member, id)
                .then().statusCode(200);
        return id;
    }
}
