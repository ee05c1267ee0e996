package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The manager's shipping table: zones with their countries and rates, replaced by one form. */
@QuarkusTest
class ShippingPagesTest extends WorkshopPortalTest {

    @Override
    String signedIn() {
        return manager;
    }

    @Test
    void aNewShopShipsEverywhereFreeUntilTheTableSetsZonesAndRates() {
        session.get("/portal/consortia/{c}/shipping?lang=en", consortium).then().statusCode(200)
                .body(containsString("No zones yet: the shop ships everywhere, with shipping included in prices."))
                .body(containsString("<option value=\"DE\">Germany</option>"))
                .body(containsString("<option value=\"eu\">European Union</option>"));

        Map<String, Object> form = new HashMap<>();
        form.putAll(Map.of("model", "hub", "row.0.zone", "Europe", "row.0.countries", "fr, de", "row.0.perParcel", "15",
                "row.0.perKg", "2,50", "row.0.days", "4 - 8"));
        form.putAll(Map.of("row.1.zone", "Europe", "row.1.member", member, "row.1.perParcel", "9.90",
                "row.2.zone", "", "row.2.countries", "", "row.2.perParcel", ""));
        session.post("/portal/consortia/{c}/shipping", form, consortium).then().statusCode(303);

        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/shipping", consortium).then()
                .body("model", equalTo("hub"))
                .body("zones.size()", equalTo(1))
                .body("zones[0].countries", equalTo(List.of("FR", "DE")))
                .body("zones[0].rates[0].perKg", equalTo(250))
                .body("zones[0].rates[1].member", equalTo(member))
                .body("zones[0].rates[1].perParcel", equalTo(990))
                .body("zones[0].minDays", equalTo(4)).body("zones[0].maxDays", equalTo(8));
        // Saved again as shown, the days stay; days that cannot be read refuse the form
        session.get("/portal/consortia/{c}/shipping?lang=en", consortium).then()
                .body(containsString("name=\"row.0.days\" maxlength=\"9\" size=\"6\" placeholder=\"5-9\" value=\"4-8\""));
        session.post("/portal/consortia/{c}/shipping?lang=en", Map.of("model", "per_member", "row.0.zone", "World",
                "row.0.countries", "*", "row.0.perParcel", "1", "row.0.days", "9-5"), consortium).then().statusCode(400)
                .body(containsString("Row 1: delivery days are like 5-9"));
    }

    @Test
    void rowsThePageCannotReadChangeNothingAndComeBackAsTyped() {
        session.post("/portal/consortia/{c}/shipping?lang=en", Map.of("model", "per_member",
                "row.0.zone", "Far away", "row.0.countries", "France", "row.0.perParcel", "a lot"), consortium)
                .then().statusCode(400)
                .body(containsString("Row 1: countries are two-letter codes"))
                .body(containsString("Row 1: amounts are prices like 12.50"))
                .body(containsString("value=\"Far away\""));
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/shipping", consortium).then()
                .body("zones.size()", equalTo(0));

        PortalSession.signIn(issuer, accounts, artisan).post("/portal/consortia/{c}/shipping",
                Map.of("row.0.zone", "World", "row.0.countries", "*", "row.0.perParcel", "1"), consortium).then()
                .statusCode(403);
        String otherManager = Fixtures.email("manager");
        Fixtures.consortium(otherManager);
        PortalSession.signIn(issuer, accounts, otherManager).get("/portal/consortia/{c}/shipping", consortium).then()
                .statusCode(404);
    }
}
