package dev.canopy.catalog;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.InTenant;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PublicCatalogTest {

    @Inject
    Inventory inventory;
    @Inject
    EntityManager em;

    String manager;
    String consortium;
    String member;

    @BeforeEach
    void brandWithAWorkshop() {
        manager = Fixtures.email("manager");
        consortium = Fixtures.consortium(manager);
        member = Fixtures.member(consortium, manager);
    }

    @Test
    void searchFindsAProductByAWordInEitherLanguageAccentAndCaseInsensitive() {
        String kilim = Products.published(consortium, member, manager,
                Products.carpet("Pamir Kilim", "Памирский килим", 24000));
        Products.published(consortium, member, manager, Products.carpet("Silk scarf", "Шёлковый шарф", 5000));
        given().queryParam("q", "KILIM").get("/api/v1/store/{c}/products", consortium).then().statusCode(200)
                .body("items.id", contains(kilim)).body("total", equalTo(1));
        given().queryParam("q", "килим").queryParam("lang", "ru").get("/api/v1/store/{c}/products", consortium)
                .then().body("items.id", contains(kilim)).body("items[0].title", equalTo("Памирский килим"));
        given().queryParam("q", "шелковый").queryParam("lang", "ru").get("/api/v1/store/{c}/products", consortium)
                .then().body("items.title", contains("Шёлковый шарф"));
        given().queryParam("q", "kilims").get("/api/v1/store/{c}/products", consortium)
                .then().body("items.id", contains(kilim));
    }

    @Test
    void titleMatchesRankAboveDescriptionMatches() {
        Map<String, Object> inDescription = Products.carpet("Table runner", "Дорожка", 3000);
        inDescription.put("description", Map.of("en", "Goes well with a suzani on the wall"));
        Products.published(consortium, member, manager, inDescription);
        String suzani = Products.published(consortium, member, manager, Products.carpet("Suzani wall hanging", "Сюзане", 9000));
        given().queryParam("q", "suzani").get("/api/v1/store/{c}/products", consortium).then()
                .body("items", hasSize(2)).body("items[0].id", equalTo(suzani));
    }

    @Test
    void languageFallsBackToTheConsortiumsFirstLanguage() {
        String id = Products.published(consortium, member, manager, Products.carpet("Ikat robe", "Халат икат", 9000));
        given().queryParam("lang", "de").get("/api/v1/store/{c}/products/{id}", consortium, id).then()
                .body("title", equalTo("Ikat robe"));
    }

    @Test
    void pricesShowInTheShoppersCurrencyAtTheManagersRateRoundedHalfEven() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 125));
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "1.1")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(200)
                .body("rates.USD", equalTo("1.1")).body("ratedOn.USD", containsString("20"));
        given().queryParam("currency", "USD").get("/api/v1/store/{c}/products/{id}", consortium, id).then()
                .body("variants[0].price.amount", equalTo(138)).body("variants[0].price.currency", equalTo("USD"));
    }

    @Test
    void anOfferedCurrencyWithoutARateIsAConflictNeverABasePrice() {
        Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 1000));
        given().queryParam("currency", "USD").get("/api/v1/store/{c}/products", consortium).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("USD"));
        given().queryParam("currency", "JPY").get("/api/v1/store/{c}/products", consortium).then()
                .statusCode(400).body("violations[0].field", equalTo("currency"));
    }

    @Test
    void filtersByMakerPriceAndStockAndPagesWithATotal() {
        String other = Fixtures.member(consortium, manager);
        Map<String, Object> soldOut = Products.carpet("Sold out rug", "Нет в наличии", 1000);
        soldOut.put("variants", java.util.List.of(Map.of("sku", Fixtures.unique("S"),
                "price", Map.of("amount", 1000, "currency", "EUR"), "stock", 0)));
        Products.published(consortium, member, manager, soldOut);
        Products.published(consortium, member, manager, Products.carpet("Cheap", "Дёшево", 2000));
        String dear = Products.published(consortium, other, manager, Products.carpet("Dear", "Дорого", 90000));
        given().queryParam("member", other).get("/api/v1/store/{c}/products", consortium).then()
                .body("items.id", contains(dear));
        given().queryParam("minPrice", 50000).get("/api/v1/store/{c}/products", consortium).then()
                .body("items.id", contains(dear));
        given().queryParam("inStock", true).get("/api/v1/store/{c}/products", consortium).then()
                .body("total", equalTo(2));
        given().queryParam("sort", "price_asc").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/store/{c}/products", consortium).then()
                .body("total", equalTo(3)).body("items.title", contains("Cheap"));
        given().queryParam("page", 5).get("/api/v1/store/{c}/products", consortium).then()
                .body("items", empty()).body("total", equalTo(3));
    }

    @Test
    void productsOfAnotherConsortiumAreNotFound() {
        String id = Products.published(consortium, member, manager, Products.carpet("Ours", "Наш", 1000));
        String otherShop = Fixtures.consortium(Fixtures.email("manager"));
        given().get("/api/v1/store/{c}/products/{id}", otherShop, id).then().statusCode(404);
        given().get("/api/v1/store/{c}/products", otherShop).then().body("total", equalTo(0));
    }

    @Test
    void aTypoOrAWordFormTheStemmerMissesStillFindsTheTitle() {
        String kilim = Products.published(consortium, member, manager,
                Products.carpet("Pamir kilims", "Памирский килим", 24000));
        Products.published(consortium, member, manager, Products.carpet("Silk scarf", "Шёлковый шарф", 5000));
        given().queryParam("q", "kilm").get("/api/v1/store/{c}/products", consortium).then().statusCode(200)
                .body("items.id", contains(kilim));
        given().queryParam("q", "килимы").queryParam("lang", "ru").get("/api/v1/store/{c}/products", consortium)
                .then().statusCode(200).body("items.id", contains(kilim));
        given().queryParam("q", "zzzqqq").get("/api/v1/store/{c}/products", consortium).then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void anExactTitleRanksFirst() {
        Products.published(consortium, member, manager, Products.carpet("Suzani cushion with suzani motifs", "Подушка", 3000));
        String exact = Products.published(consortium, member, manager, Products.carpet("Suzani", "Сюзане", 9000));
        given().queryParam("q", "suzani").get("/api/v1/store/{c}/products", consortium).then()
                .body("items[0].id", equalTo(exact));
    }

    @Test
    void aSuspendedWorkshopsProductsLeaveListSearchAndProductPageAtOnceAndComeBack() {
        String id = Products.published(consortium, member, manager, Products.carpet("Felt slippers", "Тапочки", 3000));
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(200);
        as(Tokens.person(manager)).body(Map.of("status", "suspended"))
                .patch("/api/v1/consortia/{c}/members/{m}", consortium, member).then().statusCode(200);
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(404);
        given().get("/api/v1/store/{c}/products", consortium).then().body("items", empty()).body("total", equalTo(0));
        given().queryParam("q", "slippers").get("/api/v1/store/{c}/products", consortium).then().body("items", empty());
        given().get("/shop/{c}/products/{id}", consortium, id).then().statusCode(404);
        as(Tokens.person(manager)).body(Map.of("status", "active"))
                .patch("/api/v1/consortia/{c}/members/{m}", consortium, member).then().statusCode(200);
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().statusCode(200)
                .body("member.slug", equalTo(member));
    }

    @Test
    void aNewPriceAndTheLastUnitReservedShowAtOnce() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 1000));
        UUID variant = UUID.fromString(given().get("/api/v1/store/{c}/products/{id}", consortium, id).then().extract()
                .path("variants[0].id"));
        UUID shop = Fixtures.consortiumId(consortium);
        given().get("/api/v1/store/{c}/products", consortium).then().body("items[0].variants[0].inStock", equalTo(true));

        InTenant.run(shop, () -> inventory.reserve(java.util.Map.of(variant, 3)));
        given().get("/api/v1/store/{c}/products", consortium).then().body("items[0].variants[0].inStock", equalTo(false));
        given().queryParam("inStock", true).get("/api/v1/store/{c}/products", consortium).then().body("total", equalTo(0));

        InTenant.run(shop, () -> em.createNativeQuery("update variant set price_amount = 1500 where id = :v")
                .setParameter("v", variant).executeUpdate());
        given().get("/api/v1/store/{c}/products/{id}", consortium, id).then()
                .body("variants[0].price.amount", equalTo(1500));
        InTenant.run(shop, () -> inventory.release(variant, 1));
        given().queryParam("inStock", true).get("/api/v1/store/{c}/products", consortium).then().body("total", equalTo(1));
    }
}
