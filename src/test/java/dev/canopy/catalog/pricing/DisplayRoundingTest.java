package dev.canopy.catalog.pricing;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.InTenant;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoConsortia;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The manager's display rounding per currency, beside its rate in the exchange-rates API. */
@QuarkusTest
class DisplayRoundingTest {

    private static final String RATES = "/api/v1/consortia/{c}/exchange-rates";

    private final String manager = Fixtures.email("manager");

    @Inject
    EntityManager em;

    @Test
    void eachOfferedCurrencyShowsItsRoundingTheMinorUnitUnlessSet() {
        String c = consortium(List.of("USD", "JPY", "KWD"));
        manager().get(RATES, c).then().statusCode(200).body("rounding.USD", equalTo("minor"))
                .body("rounding.JPY", equalTo("minor")).body("rounding.KWD", equalTo("minor"))
                .body("rounding", not(hasKey("EUR")));

        manager().body(Map.of("rates", Map.of(), "rounding", Map.of("USD", "ending_99", "JPY", "whole")))
                .put(RATES, c).then().statusCode(200).body("rounding.USD", equalTo("ending_99"))
                .body("rounding.JPY", equalTo("whole")).body("rounding.KWD", equalTo("minor"));
        // currencies left out keep theirs
        manager().body(Map.of("rates", Map.of(), "rounding", Map.of("KWD", "ending_90"))).put(RATES, c).then()
                .body("rounding.USD", equalTo("ending_99")).body("rounding.KWD", equalTo("ending_90"));
    }

    @Test
    void aNewRoundingRepricesTheCatalogButNeverTheBaseCurrency() {
        String c = consortium(List.of("USD"));
        String member = Fixtures.member(c, manager);
        Products.published(c, member, manager, Products.carpet("Kilim", "Килим", 24000));
        manager().body(Map.of("rates", Map.of("USD", "1.0842"))).put(RATES, c).then().statusCode(200);
        // 240.00 EUR x 1.0842 = 260.21 USD
        priceIn(c, "USD", 26021);

        manager().body(Map.of("rates", Map.of("USD", "1.0842"), "rounding", Map.of("USD", "whole")))
                .put(RATES, c).then().statusCode(200);
        priceIn(c, "USD", 26100);
        manager().body(Map.of("rates", Map.of("USD", "1.0842"), "rounding", Map.of("USD", "ending_90")))
                .put(RATES, c).then().statusCode(200);
        priceIn(c, "USD", 26090);
        priceIn(c, "EUR", 24000);
    }

    @Test
    void anotherReplicasRoundingReachesCachedPricesWithinASecond() {
        String c = consortium(List.of("USD"));
        Products.published(c, Fixtures.member(c, manager), manager, Products.carpet("Kilim", "Килим", 24000));
        manager().body(Map.of("rates", Map.of("USD", "1.0842"))).put(RATES, c).then().statusCode(200);
        priceIn(c, "USD", 26021);
        // as another replica's write would: no request of this app is involved
        InTenant.run(Fixtures.consortiumId(c), () -> em.createNativeQuery("insert into display_rounding "
                + "(consortium_id, currency, rounding) values (current_consortium(), 'USD', 'ending_99')")
                .executeUpdate());
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> priceIn(c, "USD", 26099));
    }

    @Test
    void anUnknownRoundingOrCurrencyIsRefusedNamingIt() {
        String c = consortium(List.of("USD", "JPY"));
        refused(c, Map.of("USD", "nearest"), "rounding.USD");
        refused(c, Map.of("GBP", "whole"), "rounding.GBP");
        refused(c, Map.of("EUR", "whole"), "rounding.EUR");
        refused(c, Map.of("JPY", "ending_99"), "rounding.JPY");
    }

    @Test
    void onlyTheConsortiumsManagerSetsIt() {
        TwoConsortia two = TwoConsortia.create();
        Map<String, Object> body = Map.of("rates", Map.of(), "rounding", Map.of("USD", "whole"));
        as(Tokens.person(two.artisanA1())).body(body).put(RATES, two.a()).then().statusCode(403);
        as(Tokens.person(two.managerB())).body(body).put(RATES, two.a()).then().statusCode(404);
        as(Tokens.person(two.managerB())).get(RATES, two.a()).then().statusCode(404);
    }

    private void refused(String c, Map<String, String> rounding, String field) {
        manager().body(Map.of("rates", Map.of(), "rounding", rounding)).put(RATES, c).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    private static void priceIn(String c, String currency, int amount) {
        given().queryParam("currency", currency).get("/api/v1/store/{c}/products", c).then().statusCode(200)
                .body("items[0].variants[0].price.amount", equalTo(amount))
                .body("items[0].variants[0].price.currency", equalTo(currency));
    }

    private String consortium(List<String> others) {
        return Fixtures.consortium(manager, Map.of("baseCurrency", "EUR", "currencies", others));
    }

    private RequestSpecification manager() {
        return as(Tokens.person(manager));
    }
}
