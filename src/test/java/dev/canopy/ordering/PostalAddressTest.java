package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Checkout takes only addresses whose postal code the post of the destination accepts. */
@QuarkusTest
class PostalAddressTest {

    String manager;
    String shop;
    String cart;

    @BeforeEach
    void aCartWithACarpet() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        String member = Fixtures.member(shop, manager);
        String variant = Shopping.variantOf(shop, Products.published(shop, member, manager,
                Products.carpet("Kilim", "Килим", 10000)));
        cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, variant, 1);
    }

    @Test
    void aFourDigitGermanPostalCodeIsRefusedOnItsFieldAndNothingIsOrdered() {
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("DE", "1043")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("shippingAddress.postalCode"))
                .body("violations[0].message", containsString("DE"));
        given().get("/api/v1/store/{c}/carts/{id}", shop, cart).then().statusCode(200).body("open", equalTo(true));
    }

    @Test
    void aPostalCodeIsKeptAsThePostWritesIt() {
        String number = Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("GB", " sw1a  1aa"))
                .then().statusCode(201).extract().path("orderNumber");
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .body("shippingAddress.postalCode", equalTo("SW1A 1AA"));
    }

    @Test
    void aCountryWithoutPostalCodesRefusesOne() {
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("AE", "12345")).then().statusCode(400)
                .body("violations[0].field", equalTo("shippingAddress.postalCode"));
        Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("AE", "")).then().statusCode(201);
    }
}
