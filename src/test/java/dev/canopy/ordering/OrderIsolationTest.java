package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoConsortia;
import io.quarkus.test.junit.QuarkusTest;

/** Orders and parcels are found only in their consortium, and parcels only by their member. */
@QuarkusTest
class OrderIsolationTest {

    private static final String ORDER = "/api/v1/consortia/{c}/orders/{n}";
    private static final String PARCEL = "/api/v1/consortia/{c}/members/{m}/fulfilments/{id}";

    @Test
    void anOrderNumberLeadsNowhereOutsideItsConsortium() {
        TwoConsortia w = TwoConsortia.create();
        String number = paidOrder(w);
        String managerB = Tokens.person(w.managerB());
        for (String path : new String[] { ORDER, ORDER + "/confirm-payment", ORDER + "/cancel" }) {
            String verb = path.equals(ORDER) ? "GET" : "POST";
            as(managerB).request(verb, path, w.a(), number).then().statusCode(404);
            as(managerB).request(verb, path, w.b(), number).then().statusCode(404);
            as(Tokens.person(w.artisanA1())).request(verb, path, w.a(), number).then().statusCode(403);
        }
        as(Tokens.person(w.managerA())).get(ORDER, w.a(), number).then().statusCode(200);
    }

    @Test
    void aParcelIsHandledOnlyByItsMemberAndTheManagers() {
        TwoConsortia w = TwoConsortia.create();
        paidOrder(w);
        String parcel = as(Tokens.person(w.managerA())).get("/api/v1/consortia/{c}/members/{m}/fulfilments", w.a(), w.a2())
                .then().statusCode(200).extract().path("items[0].id");
        String artisan = Tokens.person(w.artisanA1());
        as(artisan).post(PARCEL + "/accept", w.a(), w.a2(), parcel).then().statusCode(404);
        as(artisan).post(PARCEL + "/accept", w.a(), w.a1(), parcel).then().statusCode(404);
        as(Tokens.person(w.managerB())).post(PARCEL + "/accept", w.b(), w.b1(), parcel).then().statusCode(404);
        as(artisan).get("/api/v1/consortia/{c}/members/{m}/fulfilments", w.a(), w.a2()).then().statusCode(404);
        as(Tokens.person(w.managerA())).post(PARCEL + "/accept", w.a(), w.a2(), parcel).then().statusCode(200);
    }

    private static String paidOrder(TwoConsortia w) {
        String variant = Shopping.variantOf(w.a(), Products.published(w.a(), w.a2(), w.managerA(),
                Products.carpet("Kilim", "Килим", 5000)));
        String cart = Shopping.cart(w.a(), null);
        Shopping.add(w.a(), cart, variant, 1);
        String number = Shopping.checkout(w.a(), cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract().path("orderNumber");
        as(Tokens.person(w.managerA())).body(Map.of()).post(ORDER + "/confirm-payment", w.a(), number).then()
                .statusCode(200);
        return number;
    }
}
