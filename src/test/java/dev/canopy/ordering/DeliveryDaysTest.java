package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoWorkshops;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A zone's promised delivery days reach the cart's parcels, later by the maker's days for pieces made
 * to order; a zone without days promises nothing.
 */
@QuarkusTest
class DeliveryDaysTest {

    private static final String SHIPPING = "/api/v1/consortia/{c}/shipping";

    TwoWorkshops brand;

    @BeforeEach
    void twoWorkshops() {
        brand = TwoWorkshops.open();
    }

    @Test
    void eachParcelSaysWhenItArrivesAndMadeToOrderPiecesLater() {
        zones(zone("Europe", List.of("DE", "FR"), 3, 6), zone("World", List.of("*"), null, null));
        as(Tokens.person(brand.manager())).get(SHIPPING, brand.shop()).then().statusCode(200)
                .body("zones[0].minDays", equalTo(3)).body("zones[0].maxDays", equalTo(6))
                .body("zones[1].minDays", nullValue());
        Map<String, Object> madeToOrder = Products.carpet("Suzani", "Сюзане", 30000);
        madeToOrder.put("leadTimeDays", 14);
        String suzani = Shopping.variantOf(brand.shop(), Products.published(brand.shop(), brand.leather(),
                brand.manager(), madeToOrder));
        String cart = Shopping.cart(brand.shop(), null);
        Shopping.add(brand.shop(), cart, brand.kilim(), 1);
        Shopping.add(brand.shop(), cart, suzani, 4);

        given().queryParam("country", "DE").get("/api/v1/store/{c}/carts/{id}", brand.shop(), cart).then()
                .statusCode(200).body("parcels.member", contains(brand.weavers(), brand.leather()))
                .body("parcels[0].ships.minDays", equalTo(3)).body("parcels[0].ships.maxDays", equalTo(6))
                // 3 suzanis in stock, the fourth made in 14 days first
                .body("parcels[1].ships.minDays", equalTo(17)).body("parcels[1].ships.maxDays", equalTo(20));
        given().queryParam("country", "US").get("/api/v1/store/{c}/carts/{id}", brand.shop(), cart).then()
                .body("parcels[0].ships", nullValue());
    }

    @Test
    void theProductPageSaysHowLongDeliveryTakesToTheBrowsersCountry() {
        zones(zone("Europe", List.of("DE", "FR"), 3, 6), zone("World", List.of("*"), null, null));
        Map<String, Object> madeToOrder = Products.carpet("Suzani", "Сюзане", 30000);
        madeToOrder.put("leadTimeDays", 14);
        String suzani = Products.published(brand.shop(), brand.leather(), brand.manager(), madeToOrder);
        String page = "/shop/{c}/products/{id}?lang=en";
        String kilim = given().get("/api/v1/store/{c}/products", brand.shop()).then().extract()
                .path("items.find { it.title == 'Kilim' }.id");
        given().header("Accept-Language", "de-DE,de;q=0.9").get(page, brand.shop(), kilim).then().statusCode(200)
                .body(containsString("<dt>Delivery to Germany</dt><dd>3–6 days</dd>"));
        given().header("Accept-Language", "fr-FR").get(page, brand.shop(), suzani).then()
                .body(containsString(
                        "<dt>Delivery to France</dt><dd>3–6 days once in stock; if made to order, 14 days more</dd>"));
        // The same page cached for Germany is not what a shopper in the US sees
        given().header("Accept-Language", "en-US").get(page, brand.shop(), kilim).then().statusCode(200)
                .body(not(containsString("Delivery to")));
    }

    @Test
    void daysMustComeInPairsFromOneTo365() {
        for (Map<String, Object> bad : List.of(zone("Europe", List.of("DE"), 6, 3),
                zone("Europe", List.of("DE"), 3, null), zone("Europe", List.of("DE"), 0, 4),
                zone("Europe", List.of("DE"), 5, 400))) {
            as(Tokens.person(brand.manager())).body(Map.of("model", "per_member", "zones", List.of(bad)))
                    .put(SHIPPING, brand.shop()).then().statusCode(400)
                    .body("violations[0].field", startsWith("zones[0]"));
        }
    }

    @SafeVarargs
    private void zones(Map<String, Object>... zones) {
        as(Tokens.person(brand.manager())).body(Map.of("model", "per_member", "zones", List.of(zones)))
                .put(SHIPPING, brand.shop()).then().statusCode(200);
    }

    private static Map<String, Object> zone(String name, List<String> countries, Integer min, Integer max) {
        Map<String, Object> zone = new HashMap<>(Map.of("name", name, "countries", countries, "rates",
                List.of(Map.of("perParcel", 500, "perKg", 0))));
        zone.put("minDays", min);
        zone.put("maxDays", max);
        return zone;
    }
}
