package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The artisan sets their workshop's street address on its portal page; the papers print it as sender. */
@QuarkusTest
class WorkshopAddressPagesTest extends WorkshopPortalTest {

    private static final String PAGE = "/portal/consortia/{c}/members/{m}";

    @Override
    String signedIn() {
        return artisan;
    }

    @Test
    void theArtisanSetsTheWorkshopsAddressAndSeesItInTheForm() {
        session.get(PAGE + "?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("Workshop address")).body(containsString("name=\"postalCode\""));
        session.post(PAGE + "/address", Map.of("line1", "Lenin Street 31", "city", "Khujand", "postalCode",
                "735700", "region", "", "country", "tj"), consortium, member).then().statusCode(303);

        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}", consortium, member).then()
                .body("address.line1", equalTo("Lenin Street 31")).body("address.country", equalTo("TJ"))
                .body("address.region", nullValue());
        session.get(PAGE + "?lang=ru", consortium, member).then().statusCode(200)
                .body(containsString("Адрес мастерской")).body(containsString("value=\"Lenin Street 31\""));
    }

    @Test
    void aPostalCodeThePostRefusesChangesNothing() {
        session.post(PAGE + "/address?lang=en", Map.of("line1", "Torstraße 1", "city", "Berlin", "postalCode", "1043",
                "country", "DE"), consortium, member).then().statusCode(400)
                .body(containsString("is not a postal code of DE"));
        String other = Fixtures.member(consortium, manager);
        session.post(PAGE + "/address", Map.of("line1", "Lenin Street 31", "city", "Khujand", "postalCode", "735700",
                "country", "TJ"), consortium, other).then().statusCode(404);
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}", consortium, member).then()
                .body("address", nullValue());
    }
}
