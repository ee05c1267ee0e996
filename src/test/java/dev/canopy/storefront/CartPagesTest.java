package dev.canopy.storefront;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The cart page without JavaScript (forms and 303s) and in place (the swapped fragment). */
@QuarkusTest
class CartPagesTest extends BrandWithAWorkshop {

    private static final String LINE = "action=\"/shop/[^/]+/cart/items/([0-9a-f-]{36})\"";

    ShopperSession shopper = new ShopperSession();
    String product;
    String variant;

    @BeforeEach
    void aCarpetOnSale() {
        product = Products.published(consortium, member, manager, Products.carpet("Kilim", "Килим", 5000));
        variant = Shopping.variantOf(consortium, product);
    }

    @Test
    void addingFromTheProductPageKeepsTheCartInAnHttpOnlyCookieAndNeverInTheAddress() {
        shopper.get("/shop/{c}/products/{id}?lang=en", consortium, product).then().statusCode(200)
                .body(containsString("action=\"/shop/" + consortium + "/cart/items\""))
                .body(containsString("name=\"variant\" value=\"" + variant + "\""));

        shopper.post("/shop/{c}/cart/items", Map.of("variant", variant, "quantity", "2"), consortium).then()
                .statusCode(303).header("Location", endsWith("/shop/" + consortium + "/cart"))
                .header("Set-Cookie", allOf(startsWith("cart-" + consortium + "="), containsStringIgnoringCase("HttpOnly"),
                        containsString("SameSite=Lax"), containsString("Path=/shop/" + consortium)));

        String cart = shopper.cookie("cart-" + consortium);
        shopper.get("/shop/{c}/cart?lang=en", consortium).then().statusCode(200)
                .body(containsString("<h2>Kilim</h2>"))
                .body(containsString("value=\"2\""))
                .body(containsString("Items <strong>€100.00</strong>"))
                .body(containsString(">Cart (2)</a>"))
                .body(not(containsString(cart)));
        shopper.get("/shop/{c}/cart?lang=ru", consortium).then().body(containsString(">Корзина (2)</a>"))
                .body(containsString("50,00\u00a0€ за штуку"));
    }

    @Test
    void quantitiesChangeAndLinesGoWithPlainForms() {
        add(1);
        String line = shopper.find(LINE, "/shop/{c}/cart", consortium);

        shopper.post("/shop/{c}/cart/items/{line}", Map.of("quantity", "3"), consortium, line).then().statusCode(303)
                .header("Location", endsWith("/cart"));
        shopper.get("/shop/{c}/cart?lang=en", consortium).then().body(containsString("€150.00"));
        shopper.post("/shop/{c}/cart/items/{line}", Map.of("quantity", "0"), consortium, line).then().statusCode(303)
                .header("Location", endsWith("/cart?problem=quantity"));
        shopper.get("/shop/{c}/cart?problem=quantity&lang=en", consortium).then()
                .body(containsString("Choose a quantity from 1 to 99."))
                .body(containsString("€150.00"));

        shopper.post("/shop/{c}/cart/items/{line}/remove", Map.of(), consortium, line).then().statusCode(303);
        shopper.get("/shop/{c}/cart?lang=en", consortium).then().body(containsString("Your cart is empty."))
                .body(containsString(">Cart</a>"));
    }

    @Test
    void sentByTheSwapScriptAChangeAnswersTheNewCartInPlace() {
        add(1);
        String line = shopper.find(LINE, "/shop/{c}/cart", consortium);

        String fragment = shopper.request().header("X-Swap", "cart").contentType("application/x-www-form-urlencoded")
                .formParam("quantity", "4").post("/shop/{c}/cart/items/{line}?lang=en", consortium, line).then()
                .statusCode(200).extract().asString();

        assertEquals(true, fragment.strip().startsWith("<section id=\"cart\""), fragment);
        assertEquals(false, fragment.contains("<html"), "only the changed part of the page");
        assertEquals(true, fragment.contains("data-cart-link=\"Cart (4)\"") && fragment.contains("€200.00"), fragment);
    }

    @Test
    void moreThanTheStockIsMarkedAndCannotGoToCheckout() {
        add(5);

        shopper.get("/shop/{c}/cart?lang=en", consortium).then()
                .body(containsString("class=\"cart-line unavailable\""))
                .body(containsString("Not enough in stock"))
                .body(not(containsString("/checkout\"")));
        shopper.get("/shop/{c}/checkout", consortium).then().statusCode(303).header("Location", endsWith("/cart"));
    }

    @Test
    void anotherConsortiumsCartCookieIsIgnored() {
        String otherManager = Fixtures.email("manager");
        String other = Fixtures.consortium(otherManager);
        String theirVariant = Shopping.variantOf(other, Products.published(other, Fixtures.member(other, otherManager),
                otherManager, Products.carpet("Their rug", "Их ковёр", 900)));
        String theirCart = Shopping.cart(other, null);
        Shopping.add(other, theirCart, theirVariant, 1);
        shopper.cookie("cart-" + consortium, theirCart);

        shopper.get("/shop/{c}/cart?lang=en", consortium).then().statusCode(200)
                .body(containsString("Your cart is empty.")).body(not(containsString("Their rug")));
        shopper.cookie("cart-" + consortium, theirCart);
        add(1);

        assertNotEquals(theirCart, shopper.cookie("cart-" + consortium));
        RestAssured.given().get("/api/v1/store/{c}/carts/{id}", other, theirCart).then().statusCode(200)
                .body("lines.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void anotherSitesFormCannotReplaceTheCart() {
        add(1);
        String cart = shopper.cookie("cart-" + consortium);
        shopper.request().header("Sec-Fetch-Site", "cross-site").contentType("application/x-www-form-urlencoded")
                .formParam("variant", variant).formParam("quantity", "1").post("/shop/{c}/cart/items", consortium)
                .then().statusCode(403);
        assertEquals(cart, shopper.cookie("cart-" + consortium));
        shopper.get("/shop/{c}/cart?lang=en", consortium).then().body(containsString("value=\"1\""));
    }

    private void add(int quantity) {
        shopper.post("/shop/{c}/cart/items", Map.of("variant", variant, "quantity", String.valueOf(quantity)),
                consortium).then().statusCode(303).header("Location", endsWith("/cart"));
    }
}
