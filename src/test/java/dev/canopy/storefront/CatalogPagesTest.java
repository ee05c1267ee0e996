package dev.canopy.storefront;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The shopper's catalog page: search in either language, filters, sort, pages, currencies. */
@QuarkusTest
class CatalogPagesTest extends BrandWithAWorkshop {

    @Test
    void searchFindsTheProductByARussianWordInRussianAndByAnEnglishWordInEnglish() {
        Products.published(consortium, member, manager, Products.carpet("Pamir kilim", "Памирский килим", 24050));
        Products.published(consortium, member, manager, Products.carpet("Silk scarf", "Шёлковый платок", 3000));

        given().get("/shop/{c}/products?q=памирские килим&lang=ru", consortium).then().statusCode(200)
                .body(containsString("<html lang=\"ru\">"))
                .body(containsString("Памирский килим"))
                .body(not(containsString("Шёлковый платок")))
                .body(containsString("Найдено: 1"))
                .body(containsString("<title>Поиск: памирские килим · Brand " + consortium + "</title>"));
        given().get("/shop/{c}/products?q=kilims&lang=en", consortium).then().statusCode(200)
                .body(containsString("Pamir kilim"))
                .body(not(containsString("Silk scarf")))
                .body(containsString("Found: 1"));
    }

    @Test
    void chosenCurrencyShowsConvertedPricesAndIsRememberedFromPageToPage() {
        as(Tokens.person(manager)).body(Map.of("rates", Map.of("USD", "1.0842")))
                .put("/api/v1/consortia/{c}/exchange-rates", consortium).then().statusCode(200);
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 24050));

        given().get("/shop/{c}/products?lang=en", consortium).then().body(containsString("€240.50"));
        String remembered = given().get("/shop/{c}/products?lang=en&currency=USD", consortium).then().statusCode(200)
                .body(containsString("$260.75"))
                .body(not(containsString("€240.50")))
                .extract().cookie("currency");
        assertEquals("USD", remembered);
        given().cookie("currency", remembered).get("/shop/{c}/products/{id}?lang=en", consortium, id).then()
                .body(containsString("$260.75"))
                .body(containsString("\"priceCurrency\":\"USD\""));
    }

    @Test
    void aCurrencyWithoutARateShowsAClearMessageInsteadOfBasePrices() {
        String id = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 24050));

        given().get("/shop/{c}/products?lang=en&currency=USD", consortium).then().statusCode(200)
                .body(containsString("Prices in USD are not available yet"))
                .body(containsString("Kilim"))
                .body(not(containsString("240.50")));
        given().cookie("currency", "USD").get("/shop/{c}/products/{id}?lang=en", consortium, id).then()
                .statusCode(200)
                .body(containsString("Prices in USD are not available yet"))
                .body(not(containsString("240.50")))
                .body(not(containsString("\"offers\":")));
    }

    @Test
    void draftsPendingAndRejectedProductsNeverAppear() {
        String artisan = Fixtures.email("artisan");
        Fixtures.artisan(consortium, member, manager, artisan);
        String draft = Products.draft(consortium, member, Tokens.person(artisan),
                Products.carpet("Draft rug", "Черновик", 100));
        String rejected = Products.draft(consortium, member, Tokens.person(artisan),
                Products.carpet("Turned down", "Отказ", 100));
        as(Tokens.person(artisan)).post("/api/v1/consortia/{c}/members/{m}/products/{id}/submit", consortium, member, rejected)
                .then().statusCode(200);
        as(Tokens.person(manager)).body(Map.of("reason", "Blurry")).post("/api/v1/consortia/{c}/reviews/{id}/reject",
                consortium, rejected).then().statusCode(200);

        for (String page : List.of("/shop/{c}/products?q=rug", "/shop/{c}/products", "/shop/{c}/makers/" + member)) {
            given().get(page, consortium).then().statusCode(200)
                    .body(allOf(not(containsString("Draft rug")), not(containsString("Turned down"))));
        }
        given().accept("text/html").get("/shop/{c}/products/{id}", consortium, draft).then().statusCode(404);
        given().accept("text/html").get("/shop/{c}/products/{id}", consortium, rejected).then().statusCode(404);
    }

    @Test
    void filtersByCategoryPriceAndStockAndTellsTheTotal() {
        as(Tokens.person(manager)).body(Map.of("slug", "carpets", "name", Map.of("en", "Carpets", "ru", "Ковры")))
                .post("/api/v1/consortia/{c}/categories", consortium).then().statusCode(201);
        Products.published(consortium, member, manager, filed("Big carpet", 50000, "carpets", 2));
        Products.published(consortium, member, manager, filed("Small carpet", 9000, "carpets", 0));
        Products.published(consortium, member, manager, Products.carpet("Cushion", "Подушка", 4000));

        given().get("/shop/{c}/products?lang=en&category=carpets", consortium).then()
                .body(containsString("Found: 2")).body(not(containsString("Cushion")))
                .body(containsString("<option value=\"carpets\" selected>Carpets</option>"));
        given().get("/shop/{c}/products?lang=en&category=carpets&inStock=on", consortium).then()
                .body(containsString("Found: 1")).body(containsString("Big carpet")).body(not(containsString("Small carpet")));
        given().get("/shop/{c}/products?lang=en&min=50&max=100", consortium).then()
                .body(containsString("Found: 1")).body(containsString("Small carpet"));
        given().get("/shop/{c}/products?lang=en&sort=price_desc", consortium).then()
                .body(containsString("Found: 3"))
                .body(containsString("<option value=\"price_desc\" selected>"));
    }

    @Test
    void theBrandsHomeShowsItsNewestPiecesAndItsCategories() {
        given().get("/shop/{c}/?lang=en", consortium).then().statusCode(200)
                .body(not(containsString("New in the shop")));
        as(Tokens.person(manager)).body(Map.of("slug", "carpets", "name", Map.of("en", "Carpets", "ru", "Ковры")))
                .post("/api/v1/consortia/{c}/categories", consortium).then().statusCode(201);
        Products.published(consortium, member, manager, Products.carpet("Old kilim", "Старый килим", 9000));
        Products.published(consortium, member, manager, Products.carpet("New suzani", "Новое сюзане", 9000));
        String home = given().get("/shop/{c}/?lang=ru", consortium).then().statusCode(200)
                .body(containsString("Новое в магазине"))
                .body(containsString("/products?category=carpets\">Ковры</a>")).extract().asString();
        assertTrue(home.indexOf("Новое сюзане") < home.indexOf("Старый килим"),
                "the newest first");
    }

    @Test
    void longResultsArePagedWithLinksThatKeepTheSearch() {
        for (int i = 0; i < 13; i++) {
            Products.published(consortium, member, manager, Products.carpet("Ikat " + i, "Икат " + i, 1000 + i));
        }
        given().get("/shop/{c}/products?lang=en&q=ikat", consortium).then()
                .body(containsString("Found: 13"))
                .body(containsString("Page 1 of 2"))
                .body(containsString("href=\"?q=ikat&amp;page=1\""));
        given().get("/shop/{c}/products?lang=en&q=ikat&page=1", consortium).then()
                .body(containsString("Page 2 of 2"))
                .body(containsString("rel=\"prev\" href=\"?q=ikat\""));
    }

    /** A carpet filed under a category, with one variant of the given price and stock. */
    private static Map<String, Object> filed(String title, long price, String category, int stock) {
        Map<String, Object> product = Products.carpet(title, title, price);
        product.put("category", category);
        product.put("variants", List.of(Map.of("sku", Fixtures.unique("SKU"), "price", Map.of("amount", price,
                "currency", "EUR"), "stock", stock)));
        return product;
    }
}
