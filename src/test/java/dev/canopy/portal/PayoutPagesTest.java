package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.PaidOrders;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The manager's payout ledger, where bank payments are noted; workshops see only their own payouts. */
@QuarkusTest
class PayoutPagesTest extends WorkshopPortalTest {

    private static final String LEDGER = "/portal/consortia/{c}/payouts";
    private static final String MINE = "/portal/consortia/{c}/members/{m}/payouts";

    @Override
    String signedIn() {
        return manager;
    }

    @Test
    void aDueBankPayoutIsMarkedPaidWithTheBanksReference() {
        String number = PaidOrders.paid(consortium, manager, member);
        session.get("/portal/consortia/{c}?lang=en", consortium).then()
                .body(containsString("href=\"/portal/consortia/" + consortium + "/payouts\">Payouts</a>"));
        session.get(LEDGER + "?lang=en", consortium).then().statusCode(200)
                .body(containsString(">" + number + "</a>"))
                .body(containsString(">Held until sent</span>"))
                .body(not(containsString("/mark-paid\"")));

        shipTheParcel();
        String payout = payoutOn(session.get(LEDGER + "?status=due&lang=en", consortium).then().statusCode(200)
                .body(containsString("<option value=\"due\" selected>Due</option>"))
                .body(containsString(">Bank transfer</td>"))
                .body(containsString("<td class=\"num\">42.50 EUR</td>"))
                .extract().asString());

        session.post(LEDGER + "/{id}/mark-paid?lang=en", Map.of("reference", " ", "status", "due"), consortium, payout)
                .then().statusCode(400).body(containsString("Bank reference: "));
        session.post(LEDGER + "/{id}/mark-paid", Map.of("reference", "TJ-BANK-0042", "status", "due"), consortium,
                payout).then().statusCode(303).header("Location", containsString("/payouts?status=due&marked=1"));

        session.get(LEDGER + "?status=paid&marked=1&lang=en", consortium).then().statusCode(200)
                .body(containsString("Payout marked paid."))
                .body(containsString(">" + number + "</a>"))
                .body(containsString(">Paid</span>"))
                .body(containsString("TJ-BANK-0042"));
        session.post(LEDGER + "/{id}/mark-paid?lang=en", Map.of("reference", "TJ-BANK-0043"), consortium, payout)
                .then().statusCode(409).body(containsString("only a due manual payout can be marked paid"));
    }

    @Test
    void anArtisanCannotOpenTheLedgerAndSeesOnlyTheirWorkshopsPayouts() {
        String ours = PaidOrders.paid(consortium, manager, member);
        String other = Fixtures.member(consortium, manager);
        String theirs = PaidOrders.paid(consortium, manager, other);
        PortalSession artisans = PortalSession.signIn(issuer, accounts, artisan);

        artisans.get(LEDGER, consortium).then().statusCode(403);
        artisans.get(LEDGER + "?member={m}", consortium, member).then().statusCode(403);
        artisans.get("/portal/consortia/{c}/members/{m}?lang=en", consortium, member).then()
                .body(containsString("href=\"/portal/consortia/" + consortium + "/members/" + member
                        + "/payouts\">Get paid</a>"));
        artisans.get(MINE + "?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("Parcel for order " + ours))
                .body(not(containsString(theirs)))
                .body(containsString("The brand pays you by bank transfer."));
        artisans.get(MINE, consortium, other).then().statusCode(404);
    }

    @Test
    void getPaidByStripeInAShopWithoutStripeSaysTheShopPaysByBankTransfer() {
        PortalSession artisans = PortalSession.signIn(issuer, accounts, artisan);
        artisans.get(MINE + "?lang=en", consortium, member).then().statusCode(200)
                .body(containsString("This shop pays its workshops by bank transfer: there is nothing to set up."))
                .body(not(containsString(">Get paid by Stripe</button>")));

        artisans.post(MINE + "/onboarding?lang=en", Map.of(), consortium, member).then().statusCode(409)
                .body(containsString("This shop pays its workshops by bank transfer: there is nothing to set up."))
                .body(not(containsString(">Get paid by Stripe</button>")));
    }

    private void shipTheParcel() {
        String parcel = as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/fulfilments", consortium,
                member).then().statusCode(200).extract().path("items[0].id");
        as(Tokens.person(manager)).body(Map.of("carrier", "La Poste", "trackingNumber", "LP123456789TJ"))
                .post("/api/v1/consortia/{c}/members/{m}/fulfilments/{id}/ship", consortium, member, parcel).then()
                .statusCode(200);
    }

    private static String payoutOn(String page) {
        Matcher payout = Pattern.compile("payouts/([0-9a-f-]{36})/mark-paid").matcher(page);
        if (!payout.find()) {
            throw new AssertionError("no payout to mark paid on the page");
        }
        return payout.group(1);
    }
}
