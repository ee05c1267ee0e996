package dev.canopy.portal;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Refunds from the manager's order page: some units of a paid order, shown with the order's payments. */
@QuarkusTest
class RefundPagesTest extends WorkshopPortalTest {

    private static final String ORDER = "/portal/consortia/{c}/orders/{n}";

    @Override
    String signedIn() {
        return manager;
    }

    @Test
    void aPartialRefundOfABankTransferOrderIsListedAsToPayBackByHand() {
        String number = paidOrderOfTwoCarpets();
        String sku = skuOn(session.get(ORDER + "?lang=en", consortium, number).then().statusCode(200)
                .body(containsString("<h2 id=\"payments\">Payments</h2>"))
                .body(containsString("Payment by bank transfer"))
                .extract().asString());

        session.post(ORDER + "/refunds", Map.of("sku", sku, "quantity", "1", "reason", "Torn fringe"), consortium,
                number).then().statusCode(303)
                .header("Location", containsString("/portal/consortia/" + consortium + "/orders/" + number
                        + "?refunded=1"));

        session.get(ORDER + "?refunded=1&lang=en", consortium, number).then().statusCode(200)
                .body(containsString("The refund is recorded"))
                .body(containsString(">Partly refunded</span>"))
                .body(containsString("<td>1 × " + sku + "</td>"))
                .body(containsString("<td class=\"num\">50.00 EUR</td>"))
                .body(containsString("class=\"badge status-to_pay_by_hand\">To pay back by bank transfer</span>"))
                .body(containsString("<td>Torn fringe</td>"))
                .body(containsString("<td>Refund</td>"));
    }

    @Test
    void aWholeRefundWithTheShippingLeavesNothingToRefund() {
        as(Tokens.person(manager)).body(Map.of("model", "per_member", "zones", List.of(Map.of("name", "France",
                "countries", List.of("FR"), "rates", List.of(Map.of("perParcel", 1500, "perKg", 0))))))
                .put("/api/v1/consortia/{c}/shipping", consortium).then().statusCode(200);
        String number = paidOrderOfTwoCarpets();
        String sku = skuOn(session.get(ORDER + "?lang=en", consortium, number).then()
                .body(containsString("Refund the shipping (15.00 EUR)")).extract().asString());

        session.post(ORDER + "/refunds", Map.of("sku", sku, "quantity", "2", "shipping", "1", "reason", "Never arrived"),
                consortium, number).then().statusCode(303);

        session.get(ORDER + "?lang=en", consortium, number).then()
                .body(containsString(">Refunded</span>"))
                .body(containsString("<td>2 × " + sku + ", shipping</td>"))
                .body(containsString("<td class=\"num\">115.00 EUR</td>"))
                .body(containsString("Nothing is left to refund."))
                .body(not(containsString("/refunds\"")));
    }

    @Test
    void refundingMoreThanWasBoughtShowsTheConflictOnTheFormAndRefundsNothing() {
        String number = paidOrderOfTwoCarpets();
        String sku = skuOn(session.get(ORDER, consortium, number).then().extract().asString());

        session.post(ORDER + "/refunds?lang=en", Map.of("sku", sku, "quantity", "3", "reason", "Lost parcel"),
                consortium, number).then().statusCode(409)
                .body(containsString("Nothing was saved"))
                .body(containsString("Only 2 of " + sku + " are left to refund"))
                .body(containsString("value=\"3\""))
                .body(containsString("value=\"Lost parcel\""));

        session.get(ORDER + "?lang=en", consortium, number).then()
                .body(containsString(">Paid</span>"))
                .body(not(containsString("<h3>Refunds</h3>")));
    }

    @Test
    void aRefundNeedsItsReasonAndSomeUnitsRatherThanRefundingEverything() {
        String number = paidOrderOfTwoCarpets();
        String sku = skuOn(session.get(ORDER, consortium, number).then().extract().asString());

        session.post(ORDER + "/refunds?lang=en", Map.of("sku", sku, "quantity", "1", "reason", " "), consortium,
                number).then().statusCode(400).body(containsString("Reason: "));
        session.post(ORDER + "/refunds?lang=en", Map.of("sku", sku, "quantity", "0", "shipping", "1", "reason",
                "Late"), consortium, number).then().statusCode(400)
                .body(containsString("Choose how many of which items to refund."));
        session.post(ORDER + "/refunds?lang=en", Map.of("sku", sku, "quantity", "two", "reason", "Late"), consortium,
                number).then().statusCode(400)
                .body(containsString(sku + ": must be a whole number, 0 or more"));

        session.get(ORDER + "?lang=en", consortium, number).then().body(containsString(">Paid</span>"));
    }

    @Test
    void artisansMayNotRefund() {
        String number = paidOrderOfTwoCarpets();
        String sku = skuOn(session.get(ORDER, consortium, number).then().extract().asString());
        PortalSession artisans = PortalSession.signIn(issuer, accounts, artisan);

        artisans.post(ORDER + "/refunds", Map.of("sku", sku, "quantity", "1", "reason", "Mine"), consortium, number)
                .then().statusCode(403);
        session.get(ORDER + "?lang=en", consortium, number).then().body(containsString(">Paid</span>"));
    }

    /** A bank-transfer order of two carpets, its payment confirmed by the manager. */
    private String paidOrderOfTwoCarpets() {
        String variant = Shopping.variantOf(consortium, Products.published(consortium, member, manager,
                Products.carpet("Kilim", "Килим", 5000)));
        String cart = Shopping.cart(consortium, null);
        Shopping.add(consortium, cart, variant, 2);
        String number = Shopping.checkout(consortium, cart, Fixtures.unique("key"), Shopping.address("FR", "69001"))
                .then().statusCode(201).extract().path("orderNumber");
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", consortium, number).then()
                .statusCode(200);
        return number;
    }

    private static String skuOn(String page) {
        Matcher sku = Pattern.compile("name=\"sku\" value=\"([^\"]+)\"").matcher(page);
        if (!sku.find()) {
            throw new AssertionError("no refund form on the page");
        }
        return sku.group(1);
    }
}
