package dev.canopy.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.PaidOrders;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import io.quarkus.test.junit.QuarkusTest;

/** The manager's orders: filtered and paged, each with its parcels and history; payment confirmed, or cancelled. */
@QuarkusTest
class OrderPagesTest extends WorkshopPortalTest {

    private static final Map<String, String> CONFIRMED = Map.of("confirmed", "yes");

    private static final String ORDERS = "/portal/consortia/{c}/orders";

    @Override
    String signedIn() {
        return manager;
    }

    @Test
    void theListFiltersByStatus() {
        String waiting = PaidOrders.placed(consortium, manager, member);
        String paid = PaidOrders.paid(consortium, manager, member);
        session.get("/portal/consortia/{c}?lang=en", consortium).then()
                .body(containsString("href=\"/portal/consortia/" + consortium + "/orders\">Orders</a>"))
                .body(containsString("href=\"/portal/consortia/" + consortium + "/shipping\">Shipping</a>"));

        session.get(ORDERS + "?lang=en", consortium).then().statusCode(200)
                .body(containsString(">" + waiting + "</a>")).body(containsString(">" + paid + "</a>"));
        session.get(ORDERS + "?status=paid&lang=en", consortium).then().statusCode(200)
                .body(containsString("<option value=\"paid\" selected>Paid</option>"))
                .body(containsString(">" + paid + "</a>")).body(not(containsString(">" + waiting + "</a>")))
                .body(containsString("Found: 1"));
        session.get(ORDERS + "?status=nonsense&lang=en", consortium).then().statusCode(400);
        // Found by the shopper's e-mail, with the destination's name, times in the consortium's zone
        session.get(ORDERS + "?q=CLAIRE@example.fr&lang=en", consortium).then().statusCode(200)
                .body(containsString("Found: 2")).body(containsString("<td>France</td>"))
                .body(containsString("Times in UTC."));
    }

    @Test
    void theListPagesByTwenty() {
        Map<String, Object> carpet = Products.carpet("Kilim", "Килим", 5000);
        carpet.put("variants", List.of(Map.of("sku", Fixtures.unique("SKU"), "price", Map.of("amount", 5000,
                "currency", "EUR"), "stock", 50)));
        String variant = Shopping.variantOf(consortium, Products.published(consortium, member, manager, carpet));
        for (int i = 0; i <= OrderPages.PAGE_SIZE; i++) {
            String cart = Shopping.cart(consortium, null);
            Shopping.add(consortium, cart, variant, 1);
            Shopping.checkout(consortium, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                    .statusCode(201);
        }

        session.get(ORDERS + "?status=awaiting_payment&lang=en", consortium).then()
                .body(containsString("Page 1 of 2"))
                .body(containsString("href=\"?status=awaiting_payment&amp;page=1\""));
        session.get(ORDERS + "?status=awaiting_payment&page=1&lang=en", consortium).then()
                .body(containsString("Page 2 of 2")).body(containsString("href=\"?status=awaiting_payment\""));
    }

    @Test
    void paymentIsConfirmedOnlyWhileAwaitedAndAConflictIsShownAsAMessage() {
        String number = PaidOrders.placed(consortium, manager, member);
        session.get(ORDERS + "/{n}?lang=en", consortium, number).then().statusCode(200)
                .body(containsString("Awaiting payment"))
                .body(containsString("Confirm payment received"))
                .body(containsString("Cancel the order"))
                .body(containsString("69001 Lyon"))
                .body(containsString("The order is split into one parcel per workshop once it is paid."));

        // First a step that says what confirming means; nothing changes until it is confirmed
        session.post(ORDERS + "/{n}/confirm-payment?lang=en", Map.of(), consortium, number).then().statusCode(200)
                .body(containsString("Has the payment for order " + number + " arrived?"))
                .body(containsString("<input type=\"hidden\" name=\"confirmed\" value=\"yes\">"))
                .body(containsString("action=\"/portal/consortia/" + consortium + "/orders/" + number
                        + "/confirm-payment\""));
        session.get(ORDERS + "/{n}?lang=en", consortium, number).then().body(containsString("Awaiting payment"));
        session.post(ORDERS + "/{n}/confirm-payment", CONFIRMED, consortium, number).then().statusCode(303);
        session.get(ORDERS + "/{n}?lang=en", consortium, number).then()
                .body(containsString(">Paid</span>"))
                .body(containsString("Awaiting payment → Paid"))
                .body(containsString("manager:" + manager))
                .body(containsString("/members/" + member + "/fulfilments\">Workshop " + member + "</a>"))
                .body(containsString(">New</span>"))
                .body(not(containsString("Confirm payment received")));
        session.post(ORDERS + "/{n}/cancel?lang=en", CONFIRMED, consortium, number).then().statusCode(409)
                .body(containsString("Nothing was done: this order is now &quot;Paid&quot;."));
    }

    @Test
    void cancellingReturnsTheOrderAsCancelled() {
        String number = PaidOrders.placed(consortium, manager, member);
        session.post(ORDERS + "/{n}/cancel?lang=ru", Map.of(), consortium, number).then().statusCode(200)
                .body(containsString("Отменить заказ " + number + "?"));
        session.post(ORDERS + "/{n}/cancel", CONFIRMED, consortium, number).then().statusCode(303);
        session.get(ORDERS + "/{n}?lang=en", consortium, number).then()
                .body(containsString(">Cancelled</span>")).body(not(containsString("Cancel the order")));
    }

    @Test
    void artisansMayNotSeeOrdersAndOtherBrandsFindNone() {
        String number = PaidOrders.placed(consortium, manager, member);
        PortalSession artisans = PortalSession.signIn(issuer, accounts, artisan);
        artisans.get(ORDERS, consortium).then().statusCode(403);
        artisans.get(ORDERS + "/{n}", consortium, number).then().statusCode(403);
        artisans.post(ORDERS + "/{n}/confirm-payment", Map.of(), consortium, number).then().statusCode(403);
        artisans.post(ORDERS + "/{n}/confirm-payment", CONFIRMED, consortium, number).then().statusCode(403);

        String otherManager = Fixtures.email("manager");
        Fixtures.consortium(otherManager);
        PortalSession otherBrand = PortalSession.signIn(issuer, accounts, otherManager);
        otherBrand.get(ORDERS, consortium).then().statusCode(404);
        otherBrand.get(ORDERS + "/{n}", consortium, number).then().statusCode(404);
        otherBrand.post(ORDERS + "/{n}/cancel", Map.of(), consortium, number).then().statusCode(404);
        otherBrand.post(ORDERS + "/{n}/cancel", CONFIRMED, consortium, number).then().statusCode(404);
        session.get(ORDERS + "/{n}?lang=en", consortium, number).then().body(containsString("Awaiting payment"));
    }
}
