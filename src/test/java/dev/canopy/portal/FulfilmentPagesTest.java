package dev.canopy.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.PaidOrders;
import io.quarkus.test.junit.QuarkusTest;

/** The artisan's queue of parcels: accept, ship with tracking, deliver; only their own workshop's. */
@QuarkusTest
class FulfilmentPagesTest extends WorkshopPortalTest {

    private static final String QUEUE = "/portal/consortia/{c}/members/{m}/fulfilments";

    @Override
    String signedIn() {
        return artisan;
    }

    @Test
    void theArtisanAcceptsShipsWithTrackingAndDeliversTheirParcel() {
        String number = PaidOrders.paid(consortium, manager, member);
        session.get("/portal/consortia/{c}/members/{m}?lang=en", consortium, member).then()
                .body(containsString("href=\"/portal/consortia/" + consortium + "/members/" + member
                        + "/fulfilments\">Orders to send</a>"));
        String parcel = parcelOn(session.get(QUEUE + "?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("Parcel for order " + number))
                .body(containsString("1 × Kilim"))
                .body(containsString("Lyon"))
                .body(containsString("Your share <strong>42.50 EUR</strong>"))
                .extract().asString());

        session.post(QUEUE + "/{id}/accept", Map.of(), consortium, member, parcel).then().statusCode(303);
        session.post(QUEUE + "/{id}/ship?lang=en", Map.of("carrier", " ", "trackingNumber", "LP1"), consortium, member,
                parcel).then().statusCode(400)
                .body(containsString("Enter both the carrier and the tracking number."))
                .body(containsString("value=\"LP1\""));
        session.post(QUEUE + "/{id}/ship", Map.of("carrier", "La Poste", "trackingNumber", "LP123456789TJ"),
                consortium, member, parcel).then().statusCode(303);
        session.get(QUEUE + "?lang=en", consortium, member).then()
                .body(containsString("La Poste, tracking number LP123456789TJ"))
                .body(containsString("Mark as delivered"))
                .body(not(containsString("/accept\"")));
        session.post(QUEUE + "/{id}/accept?lang=en", Map.of(), consortium, member, parcel).then().statusCode(409)
                .body(containsString("Nothing was done: this parcel changed meanwhile."));
        session.post(QUEUE + "/{id}/deliver", Map.of(), consortium, member, parcel).then().statusCode(303);

        session.get(QUEUE + "?lang=en", consortium, member).then().body(containsString(">Delivered</span>"));
    }

    @Test
    void anotherWorkshopsQueueAndParcelsAreNotFoundAndFormsNeedTheirToken() {
        String other = Fixtures.member(consortium, manager);
        PaidOrders.paid(consortium, manager, other);
        PortalSession managers = PortalSession.signIn(issuer, accounts, manager);
        String theirs = parcelOn(managers.get(QUEUE, consortium, other).then().statusCode(200).extract().asString());

        session.get(QUEUE, consortium, other).then().statusCode(404);
        session.post(QUEUE + "/{id}/accept", Map.of(), consortium, other, theirs).then().statusCode(404);
        session.post(QUEUE + "/{id}/accept", Map.of(), consortium, member, theirs).then().statusCode(404);
        session.request().contentType("application/x-www-form-urlencoded")
                .post(QUEUE + "/{id}/accept", consortium, other, theirs).then().statusCode(403);
        managers.get(QUEUE + "?lang=en", consortium, other).then().body(containsString(">New</span>"));
        session.get(QUEUE + "?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("No orders to send yet."));
    }

    @Test
    void theArtisanPrintsTheParcelsPapersFromTheQueue() {
        PaidOrders.paid(consortium, manager, member);
        String page = session.get(QUEUE + "?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("commercial invoice</a>")).extract().asString();
        String parcel = parcelOn(page);
        session.get(QUEUE + "/{id}/papers/customs-declaration", consortium, member, parcel).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("CN22"));
        session.get(QUEUE + "/{id}/papers/commercial-invoice?format=pdf", consortium, member, parcel).then()
                .statusCode(200).contentType("application/pdf");
        String other = Fixtures.member(consortium, manager);
        session.get(QUEUE + "/{id}/papers/commercial-invoice", consortium, other, parcel).then().statusCode(404);
    }

    private static String parcelOn(String page) {
        Matcher parcel = Pattern.compile("fulfilments/([0-9a-f-]{36})/accept").matcher(page);
        if (!parcel.find()) {
            throw new AssertionError("no parcel to accept on the page");
        }
        return parcel.group(1);
    }
}
