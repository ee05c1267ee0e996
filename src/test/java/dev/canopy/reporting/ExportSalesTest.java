package dev.canopy.reporting;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.platform.PostalCodes;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.TestClock;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A small fixed shop, figures computed by hand (EUR base, home country TJ, commission 15 %). Day 1,
 * USD at 2 and GBP at 0.5: A to France in EUR (a carpet 240.00 and two scarves 45.00 each, one scarf
 * refunded), B to Germany in USD at the frozen rate (a carpet, 480.00 USD = 240.00 EUR). Day 2, USD
 * at 3: C a scarf sold at home, E a scarf to the US in GBP (22.50 GBP = 45.00 EUR; its commission
 * 3.38 GBP = 6.76 EUR, rounded in the order's currency at checkout), D cancelled.
 * Nothing else in the report: A, B, C and E only.
 */
@QuarkusTest
class ExportSalesTest {

    private static final String REPORT = "/api/v1/consortia/{c}/reports/export-sales";
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    private static final String TOMORROW = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

    private static String manager;
    private static String shop;
    private static String weavers;
    private static String embroiderers;
    private static String weaver;

    @Inject
    TestClock clock;

    /** Once per class, in the first test's set-up (RestAssured knows the app's port only then). */
    @BeforeEach
    void sellOnce() {
        if (shop == null) {
            try {
                sell();
            } finally {
                clock.reset();
            }
        }
    }

    private void sell() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager, Map.of("currencies", List.of("USD", "GBP")));
        weavers = Fixtures.member(shop, manager, Map.of("name", "Pamir Kilim"));
        embroiderers = Fixtures.member(shop, manager, Map.of("name", "Rang Suzani"));
        weaver = Fixtures.email("artisan.weaver");
        Fixtures.artisan(shop, weavers, manager, weaver);
        String carpet = Shopping.variantOf(shop, Products.published(shop, weavers, manager,
                Products.carpet("Kilim", "Килим", 24000)));
        String scarf = Shopping.variantOf(shop, Products.published(shop, embroiderers, manager,
                Products.carpet("Scarf", "Шарф", 4500)));
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "2", "GBP", "0.5")))
                .put("/api/v1/consortia/{c}/exchange-rates", shop).then().statusCode(200);

        String a = order("EUR", "FR", Map.of(carpet, 1, scarf, 2));
        pay(a);
        String scarfSku = as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, a).then().extract()
                .path("lines.find { it.unitPrice.amount == 4500 }.sku");
        as(Tokens.person(manager)).body(Map.of("lines", List.of(Map.of("sku", scarfSku, "quantity", 1)), "reason", "Torn"))
                .post("/api/v1/consortia/{c}/orders/{n}/refunds", shop, a).then().statusCode(201);
        pay(order("USD", "DE", Map.of(carpet, 1)));
        clock.advance(Duration.ofDays(1));
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "3", "GBP", "0.5")))
                .put("/api/v1/consortia/{c}/exchange-rates", shop).then().statusCode(200);
        pay(order("EUR", "TJ", Map.of(scarf, 1)));
        pay(order("GBP", "US", Map.of(scarf, 1)));
        String d = order("EUR", "FR", Map.of(carpet, 1));
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/cancel", shop, d).then().statusCode(200);
    }

    @Test
    void totalsExportAndDomesticAreTheHandComputedFiguresInTheBaseCurrency() {
        report(Map.of()).body("currency", equalTo("EUR")).body("groupBy", contains("country"))
                .body("totals.orders", equalTo(4)).body("totals.units", equalTo(6))
                .body("totals.gross.amount", equalTo(66000)).body("totals.refunds.amount", equalTo(4500))
                .body("totals.net.amount", equalTo(61500)).body("totals.commission.amount", equalTo(9901))
                .body("totals.memberShare.amount", equalTo(56099)).body("totals.shipping.amount", equalTo(0))
                .body("export.orders", equalTo(3)).body("export.net.amount", equalTo(57000))
                .body("domestic.orders", equalTo(1)).body("domestic.gross.amount", equalTo(4500));
    }

    @Test
    void rowsByCountryAreSortedByNetAndUseTheRateFrozenInEachOrder() {
        report(Map.of("groupBy", "country")).body("rows.country", contains("FR", "DE", "TJ", "US"))
                .body("rows[0].units", equalTo(3)).body("rows[0].gross.amount", equalTo(33000))
                .body("rows[0].refunds.amount", equalTo(4500)).body("rows[0].net.amount", equalTo(28500))
                .body("rows[0].commission.amount", equalTo(4950)).body("rows[0].memberShare.amount", equalTo(28050))
                .body("rows[1].gross.amount", equalTo(24000)).body("rows[1].memberShare.amount", equalTo(20400))
                .body("rows[2].net.amount", equalTo(4500)).body("rows[3].net.amount", equalTo(4500))
                .body("rows[3].commission.amount", equalTo(676));
    }

    @Test
    void rowsByMemberAndCountryNameEachWorkshop() {
        report(Map.of("groupBy", "member")).body("rows.member.slug", contains(weavers, embroiderers))
                .body("rows[0].member.name", equalTo("Pamir Kilim")).body("rows[0].orders", equalTo(2))
                .body("rows[0].net.amount", equalTo(48000)).body("rows[1].gross.amount", equalTo(18000))
                .body("rows[1].net.amount", equalTo(13500));
        // Equal net (the weavers' two carpets): in the order of the keys
        report(Map.of("groupBy", "member,country")).body("rows", hasSize(5))
                .body("rows[0].member.slug", equalTo(weavers)).body("rows[0].country", equalTo("DE"))
                .body("rows[1].member.slug", equalTo(weavers)).body("rows[1].country", equalTo("FR"));
        report(Map.of("groupBy", "month")).body("rows.month", hasItem(TODAY.substring(0, 7)));
        // The top of the list only: the largest net first, in another currency too
        report(Map.of("groupBy", "member", "limit", "1")).body("rows.member.slug", contains(weavers))
                .body("totals.net.amount", equalTo(61500));
        report(Map.of("groupBy", "country", "limit", "2", "currency", "USD")).body("rows.country", contains("FR", "DE"));
    }

    @Test
    void inAnotherCurrencyEachDayConvertsAtTheRateInForceThatDay() {
        // Day 1 at 2: gross 57000, refunds 4500, commission 8550, shares 48450; day 2 at 3: C 13500, 2025, 11475 and E 13500, 2028, 11472
        report(Map.of("currency", "USD")).body("currency", equalTo("USD"))
                .body("totals.gross.amount", equalTo(141000)).body("totals.gross.currency", equalTo("USD"))
                .body("totals.refunds.amount", equalTo(9000)).body("totals.net.amount", equalTo(132000))
                .body("totals.commission.amount", equalTo(21153)).body("totals.memberShare.amount", equalTo(119847))
                .body("domestic.gross.amount", equalTo(13500));
        as(Tokens.person(manager)).queryParams(Map.of("from", TODAY, "to", TODAY, "currency", "USD"))
                .get(REPORT, shop).then().statusCode(200).body("totals.gross.amount", equalTo(114000));
    }

    @Test
    void eachOrderConvertsOnItsOwnRoundedHalfToEvenThenTheOrdersAreSummed() {
        // Day 2 at 0.5: C's commission 6.75 → 3.375 → 3.38 and share 38.25 → 19.125 → 19.12 (half to even, so
        // the order still adds up to its gross 22.50; half up would make 22.51); E's 6.76 → 3.38, 38.24 → 19.12
        as(Tokens.person(manager)).queryParams(Map.of("from", TOMORROW, "to", TOMORROW, "currency", "GBP"))
                .get(REPORT, shop).then().statusCode(200).body("totals.gross.amount", equalTo(4500))
                .body("totals.commission.amount", equalTo(676)).body("totals.memberShare.amount", equalTo(3824))
                .body("rows.find { it.country == 'TJ' }.commission.amount", equalTo(338))
                .body("rows.find { it.country == 'TJ' }.memberShare.amount", equalTo(1912));
    }

    @Test
    void wholeMonthsFromTheMonthlySumsGiveTheFiguresOfTheLinesSold() {
        LocalDate today = LocalDate.parse(TODAY);
        String monthStart = today.withDayOfMonth(1).toString();
        String monthEnd = LocalDate.parse(TOMORROW).with(TemporalAdjusters.lastDayOfMonth()).toString();
        for (String groupBy : List.of("member", "member,month", "category", "category,month")) {
            Object days = report(Map.of("groupBy", groupBy)).extract().path("rows");
            Object months = as(Tokens.person(manager))
                    .queryParams(Map.of("from", monthStart, "to", monthEnd, "groupBy", groupBy)).get(REPORT, shop)
                    .then().statusCode(200).extract().path("rows");
            assertThat(months, equalTo(days));
        }
        as(Tokens.person(weaver)).queryParams(Map.of("from", monthStart, "to", monthEnd, "groupBy", "member"))
                .get(REPORT, shop).then().statusCode(200).body("rows", hasSize(1))
                .body("rows[0].orders", equalTo(2)).body("rows[0].net.amount", equalTo(48000));
    }

    @Test
    void csvAndXlsxCarryTheSameFiguresAsTheJson() throws Exception {
        var json = report(Map.of("groupBy", "member")).extract();
        String csv = as(Tokens.person(manager)).accept("text/csv")
                .queryParams(Map.of("from", TODAY, "to", TOMORROW, "groupBy", "member")).get(REPORT, shop).then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("export-sales-" + shop + "-" + TODAY)).extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0), equalTo("memberSlug,memberName,orders,units,gross,shipping,refunds,net,commission,"
                + "memberShare,currency"));
        assertThat(lines.get(1), equalTo(weavers + ",Pamir Kilim,2,2,480.00,0.00,0.00,480.00,72.00,408.00,EUR"));
        assertThat(lines, hasSize(3));

        byte[] xlsx = as(Tokens.person(manager)).accept(XLSX)
                .queryParams(Map.of("from", TODAY, "to", TOMORROW, "groupBy", "member")).get(REPORT, shop).then()
                .statusCode(200).contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0), containsString("EUR"));
            int header = rows.stream().filter(r -> "memberSlug".equals(r.getCellText(0))).findFirst().orElseThrow()
                    .getRowNum() - 1;
            Row first = rows.stream().filter(r -> r.getRowNum() - 1 == header + 1).findFirst().orElseThrow();
            Row second = rows.stream().filter(r -> r.getRowNum() - 1 == header + 2).findFirst().orElseThrow();
            Row totals = rows.stream().filter(r -> "Total".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(first.getCellText(0), equalTo(weavers));
            assertThat(first.getCell(4).asNumber(), comparesEqualTo(new BigDecimal("480")));
            int net = json.path("rows[1].net.amount");
            assertThat(second.getCell(7).asNumber().movePointRight(2).intValueExact(), equalTo(net));
            assertThat(totals.getCell(7).asNumber(), comparesEqualTo(new BigDecimal("615.00")));
        }
    }

    @Test
    void theOperatorSeesEveryConsortiumInEurosAndNobodyElseDoes() {
        String platform = "/api/v1/reports/platform";
        as(Tokens.operator()).queryParams(Map.of("from", TODAY, "to", TOMORROW)).get(platform).then().statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("rows.find { it.consortium.slug == '" + shop + "' }.orders", equalTo(4))
                .body("rows.find { it.consortium.slug == '" + shop + "' }.gross.amount", equalTo(66000))
                .body("rows.find { it.consortium.slug == '" + shop + "' }.membersSelling", equalTo(2))
                .body("rows.find { it.consortium.slug == '" + shop + "' }.countriesReached", equalTo(4));
        as(Tokens.person(manager)).queryParams(Map.of("from", TODAY, "to", TOMORROW)).get(platform).then()
                .statusCode(403);
        given().queryParams(Map.of("from", TODAY, "to", TOMORROW)).get(platform).then().statusCode(401);
        as(Tokens.operator()).queryParams(Map.of("from", TOMORROW, "to", TODAY)).get(platform).then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void anArtisanSeesOnlyItsOwnWorkshopAndNoCommission() {
        as(Tokens.person(weaver)).queryParams(Map.of("from", TODAY, "to", TOMORROW, "member", weavers))
                .get(REPORT, shop).then().statusCode(200).body("rows", hasSize(2))
                .body("rows[0]", not(hasKey("commission"))).body("totals.commission", equalTo(null))
                .body("totals.gross.amount", equalTo(48000));
        as(Tokens.person(weaver)).queryParams(Map.of("from", TODAY, "to", TODAY, "member", embroiderers))
                .get(REPORT, shop).then().statusCode(404);
        // Naming no workshop, an artisan gets its own
        as(Tokens.person(weaver)).queryParams(Map.of("from", TODAY, "to", TOMORROW)).get(REPORT, shop).then()
                .statusCode(200).body("rows", hasSize(2)).body("totals.gross.amount", equalTo(48000))
                .body("totals.commission", equalTo(null));
    }

    @Test
    void anotherConsortiumsManagerAndStrangersSeeNothing() {
        String other = Fixtures.email("manager");
        Fixtures.consortium(other);
        as(Tokens.person(other)).queryParams(Map.of("from", TODAY, "to", TODAY)).get(REPORT, shop).then()
                .statusCode(404);
        given().queryParams(Map.of("from", TODAY, "to", TODAY)).get(REPORT, shop).then().statusCode(401);
    }

    @Test
    void badQuestionsAre400NamingTheParameter() {
        Map<String, Map<String, String>> bad = Map.of(
                "to", Map.of("from", "2026-03-02", "to", "2026-03-01"),
                "from", Map.of("from", "2026-13-01", "to", "2026-03-01"),
                "groupBy", Map.of("from", "2026-01-01", "to", "2026-03-01", "groupBy", "planet"));
        bad.forEach((field, params) -> as(Tokens.person(manager)).queryParams(params).get(REPORT, shop).then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field)));
        as(Tokens.person(manager)).queryParams(Map.of("from", "2020-01-01", "to", "2025-12-31")).get(REPORT, shop)
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        as(Tokens.person(manager)).queryParams(Map.of("from", TODAY, "to", TODAY, "groupBy", "country,member,month"))
                .get(REPORT, shop).then().statusCode(400).body("violations[0].field", equalTo("groupBy"));
        for (String limit : List.of("0", "10001", "ten")) {
            as(Tokens.person(manager)).queryParams(Map.of("from", TODAY, "to", TODAY, "limit", limit))
                    .get(REPORT, shop).then().statusCode(400).body("violations[0].field", equalTo("limit"));
        }
        as(Tokens.person(manager)).queryParams(Map.of("from", TODAY, "to", TODAY, "currency", "JPY"))
                .get(REPORT, shop).then().statusCode(400).body("violations[0].field", equalTo("currency"));
    }

    private static ValidatableResponse report(Map<String, String> params) {
        return as(Tokens.person(manager)).queryParams(Map.of("from", TODAY, "to", TOMORROW)).queryParams(params)
                .get(REPORT, shop).then().statusCode(200);
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static String order(String currency, String country, Map<String, Integer> items) {
        String cart = Shopping.cart(shop, currency);
        items.forEach((variant, quantity) -> Shopping.add(shop, cart, variant, quantity));
        return given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("email", "claire@example.fr", "shippingAddress",
                        Shopping.address(country, PostalCodes.example(country).orElseThrow()),
                        "currency", currency))
                .post("/api/v1/store/{c}/carts/{id}/checkout", shop, cart).then().statusCode(201).extract()
                .path("orderNumber");
    }

    private static void pay(String number) {
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, number).then()
                .statusCode(200);
    }
}
