package dev.canopy.fulfilment.papers;

import static dev.canopy.fulfilment.papers.SoldParcels.PAPERS;
import static dev.canopy.testsupport.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import dev.canopy.testsupport.TwoConsortia;
import io.quarkus.test.junit.QuarkusTest;

/** A parcel's papers are for its member's artisans and the consortium's managers; anyone else finds nothing. */
@QuarkusTest
class PapersAccessTest {

    @Test
    void onlyTheMembersArtisansAndTheManagersGetAParcelsPapers() {
        TwoConsortia w = TwoConsortia.create();
        String own = SoldParcels.variant(w.a(), w.a1(), w.managerA(), "Silk scarf", "621410", 4500);
        String other = SoldParcels.variant(w.a(), w.a2(), w.managerA(), "Pamir carpet", "570110", 24000);
        SoldParcels.paid(w.a(), w.managerA(), "EUR", Shopping.address("FR", "69001"), SoldParcels.items(own, 1, other, 1));
        String ownParcel = SoldParcels.parcel(w.a(), w.a1(), w.managerA());
        String otherParcel = SoldParcels.parcel(w.a(), w.a2(), w.managerA());
        String artisan = Tokens.person(w.artisanA1());
        String strangerManager = Tokens.person(w.managerB());

        for (String paper : new String[] { "customs-declaration", "commercial-invoice" }) {
            String path = PAPERS + paper;
            // another member's artisan: neither by that member's path nor by smuggling the id into their own
            as(artisan).get(path, w.a(), w.a2(), otherParcel).then().statusCode(404);
            as(artisan).get(path, w.a(), w.a1(), otherParcel).then().statusCode(404);
            // another consortium's manager: neither in that consortium nor through their own
            as(strangerManager).get(path, w.a(), w.a2(), otherParcel).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
            as(strangerManager).get(path, w.b(), w.b1(), otherParcel).then().statusCode(404);
            given().get(path, w.a(), w.a2(), otherParcel).then().statusCode(401);

            as(artisan).get(path, w.a(), w.a1(), ownParcel).then().statusCode(200);
            as(Tokens.person(w.managerA())).get(path, w.a(), w.a2(), otherParcel).then().statusCode(200);
        }
    }
}
