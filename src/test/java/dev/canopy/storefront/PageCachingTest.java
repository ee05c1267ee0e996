package dev.canopy.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Public pages may be shared by a CDN; a person's own pages never are. */
@QuarkusTest
class PageCachingTest {

    @Test
    void publicPagesSeenWithoutACartMayBeSharedBriefly() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        for (String page : new String[] { "/shop/" + shop + "/", "/shop/" + shop + "/products" }) {
            given().get(page).then().statusCode(200).header("Cache-Control", containsString("public"))
                    .header("Cache-Control", containsString("stale-while-revalidate"));
        }
    }

    @Test
    void cartCheckoutOrdersAndPagesSeenWithACartAreNeverShared() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        given().get("/shop/{c}/cart", shop).then().header("Cache-Control", equalTo("private, no-store"));
        given().cookie("cart-" + shop, "00000000-0000-0000-0000-000000000000").get("/shop/{c}/products", shop).then()
                .statusCode(200).header("Cache-Control", equalTo("private, no-store"));
        given().redirects().follow(false).get("/portal/").then().header("Cache-Control", containsString("no-store"));
    }

    @Test
    void aPageNobodyMayKeepCarriesNoValidatorWhileASharedPageDoes() {
        String shop = Fixtures.consortium(Fixtures.email("manager"));
        given().get("/shop/{c}/cart", shop).then().statusCode(200).header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", nullValue());
        given().get("/shop/{c}/products", shop).then().statusCode(200).header("Cache-Control", containsString("public"))
                .header("ETag", startsWith("W/\""));
    }
}
