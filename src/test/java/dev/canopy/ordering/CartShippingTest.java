package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoWorkshops;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The cart priced for a destination before checkout: per parcel, in total, and as checkout then charges. */
@QuarkusTest
class CartShippingTest {

    private static final String CART = "/api/v1/store/{c}/carts/{id}";

    TwoWorkshops brand;
    String shop;

    @BeforeEach
    void twoWorkshopsSellingAKilimAndABag() {
        brand = TwoWorkshops.open();
        shop = brand.shop();
    }

    @Test
    void theCartQuotesEachParcelAndTheTotalAndCheckoutChargesExactlyThat() {
        brand.shipsToGermanyAndFrance("per_member", List.of(Map.of("perParcel", 1005, "perKg", 333),
                Map.of("member", brand.leather(), "perParcel", 2015, "perKg", 0)));
        as(Tokens.person(brand.manager())).body(Map.of("rates", Map.of("USD", "1.0837")))
                .put("/api/v1/consortia/{c}/exchange-rates", shop).then().statusCode(200);
        String cart = brand.cartOfBoth("USD");

        JsonPath quote = given().queryParam("country", "DE").get(CART, shop, cart).then().statusCode(200)
                .body("country", equalTo("DE"))
                .body("shipsThere", equalTo(true))
                .body("shipping.currency", equalTo("USD"))
                .body("parcels.member", contains(brand.weavers(), brand.leather()))
                .body("parcels[0].lines", hasSize(1))
                // weavers: 10.05 + 2 started kg x 3.33 = 16.71 EUR, 18.11 USD; leather 20.15 EUR, 21.84 USD
                .body("parcels.shipping.amount", contains(1811, 2184))
                .body("shipping.amount", equalTo(1811 + 2184))
                .extract().jsonPath();
        int items = quote.getInt("itemsTotal.amount");
        given().queryParam("country", "DE").get(CART, shop, cart).then().body("total.amount", equalTo(items + 3995));

        given().contentType(ContentType.JSON).header("Idempotency-Key", Fixtures.unique("key"))
                .body(Map.of("email", "anna@example.de", "shippingAddress", Shopping.address("DE", "10115"),
                        "currency", "USD"))
                .post(CART + "/checkout", shop, cart).then().statusCode(201)
                .body("totals.shipping.amount", equalTo(3995))
                .body("totals.total.amount", equalTo(items + 3995));
    }

    @Test
    void aDestinationNobodyShipsToIsSaidInTheCartWithoutAPrice() {
        brand.shipsToGermanyAndFrance("per_member", List.of(Map.of("perParcel", 1000, "perKg", 0)));
        String cart = brand.cartOfBoth("EUR");
        given().queryParam("country", "US").get(CART, shop, cart).then().statusCode(200)
                .body("shipsThere", equalTo(false))
                .body("shipping", nullValue())
                .body("total", nullValue())
                .body("parcels.member", containsInAnyOrder(brand.weavers(), brand.leather()))
                .body("parcels.shipping", contains(nullValue(), nullValue()));
    }

    @Test
    void theHubSendsOneParcelSoOnlyTheWholeShippingHasAPrice() {
        brand.shipsToGermanyAndFrance("hub", List.of(Map.of("perParcel", 2500, "perKg", 400)));
        String cart = brand.cartOfBoth("EUR");
        // one parcel of 2.4 kg: 25.00 + 3 kg x 4.00
        given().queryParam("country", "FR").get(CART, shop, cart).then().statusCode(200)
                .body("shipping.amount", equalTo(3700))
                .body("total.amount", equalTo(20000 + 3700))
                .body("parcels.shipping", contains(nullValue(), nullValue()));
    }

    @Test
    void aShopWithoutRatesShipsEachParcelFree() {
        String cart = brand.cartOfBoth("EUR");
        given().queryParam("country", "JP").get(CART, shop, cart).then().statusCode(200)
                .body("parcels.shipping.amount", contains(0, 0))
                .body("shipping.amount", equalTo(0))
                .body("total.amount", equalTo(20000));
    }

    @Test
    void withoutACountryTheCartSaysNothingOfShipping() {
        given().get(CART, shop, brand.cartOfBoth("EUR")).then().statusCode(200)
                .body("$", not(hasKey("shipping"))).body("$", not(hasKey("parcels")))
                .body("$", not(hasKey("shipsThere")));
    }

    @Test
    void anUnknownCountryIsRefusedNamingCountry() {
        String cart = brand.cartOfBoth("EUR");
        for (String country : List.of("XX", "de", "Germany")) {
            given().queryParam("country", country).get(CART, shop, cart).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("country"));
        }
    }

    @Test
    void anotherConsortiumsCartIsNotFoundWhateverTheDestination() {
        String cart = brand.cartOfBoth("EUR");
        String otherShop = Fixtures.consortium(Fixtures.email("manager"));
        given().queryParam("country", "DE").get(CART, otherShop, cart).then().statusCode(404);
    }
}
