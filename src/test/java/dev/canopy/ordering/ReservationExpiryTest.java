package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Race;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.TestClock;
import dev.canopy.testsupport.Tokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An unpaid order past its reservation gives back exactly the pieces it took from stock, once, even
 * with two replicas running the expiry at the same moment; paid orders and those within their time
 * keep theirs.
 */
@QuarkusTest
class ReservationExpiryTest {

    private static final Duration PAST_THE_RESERVATION = Duration.ofDays(3).plusMinutes(1);

    @Inject
    TestClock clock;
    @Inject
    ReservationExpiry expiry;
    @Inject
    ShopperNotices notices;

    String manager;
    String shop;
    String member;
    /** 5 in stock, no lead time. */
    String stocked;
    /** 1 in stock, the rest made to order in 21 days. */
    String madeToOrder;

    @BeforeEach
    void aShopWithAStockedAndAMadeToOrderProduct() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        member = Fixtures.member(shop, manager);
        stocked = product(null, 5);
        madeToOrder = product(21, 1);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anExpiredOrderGivesBackWhatItTookFromStockAndNotThePiecesToBeMade() {
        // 2 of the 5 stocked; 3 of the made-to-order piece: its 1 in stock and 2 to be made
        String number = order(Map.of(stocked, 2, madeToOrder, 3));
        assertEquals(3, stock(stocked));
        assertEquals(0, stock(madeToOrder));

        clock.advance(PAST_THE_RESERVATION);
        expiry.expireAll();

        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .body("status", equalTo("cancelled"))
                .body("history[1].actor", equalTo("system:reservation-expired"));
        assertEquals(5, stock(stocked));
        assertEquals(1, stock(madeToOrder));
    }

    @Test
    void twoExpiryRunsRacingCancelTheOrderOnceAndGiveItsStockBackOnce() throws Exception {
        String number = order(Map.of(stocked, 2, madeToOrder, 3));
        clock.advance(PAST_THE_RESERVATION);
        // The first run to cancel our order waits there until the other run cancels it too or finishes
        ShopperNotices real = ClientProxy.unwrap(notices);
        AtomicInteger cancelling = new AtomicInteger();
        CountDownLatch otherRunThereOrDone = new CountDownLatch(1);
        QuarkusMock.installMockForType(new ShopperNotices() {
            @Override
            void cancelled(Order order, boolean expired) {
                if (order.number.equals(number) && cancelling.incrementAndGet() == 1) {
                    await(otherRunThereOrDone);
                } else if (order.number.equals(number)) {
                    otherRunThereOrDone.countDown();
                }
                real.cancelled(order, expired);
            }
        }, ShopperNotices.class);

        Callable<Void> replica = () -> {
            try {
                expiry.expireAll();
            } finally {
                otherRunThereOrDone.countDown();
            }
            return null;
        };
        Race.of(List.of(replica, replica)); // neither run fails

        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, number).then()
                .body("status", equalTo("cancelled"))
                .body("history.size()", equalTo(2));
        assertEquals(5, stock(stocked), "2 given back once");
        assertEquals(1, stock(madeToOrder), "the 1 from stock given back once");
    }

    @Test
    void aPaidOrderAndAnOrderWithinItsReservationKeepTheirStock() {
        String paid = order(Map.of(stocked, 2));
        as(Tokens.person(manager)).post("/api/v1/consortia/{c}/orders/{n}/confirm-payment", shop, paid).then()
                .statusCode(200);
        clock.advance(PAST_THE_RESERVATION);
        String recent = order(Map.of(stocked, 1, madeToOrder, 1));
        clock.advance(Duration.ofDays(2));

        expiry.expireAll();

        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, paid).then()
                .body("status", equalTo("paid"));
        as(Tokens.person(manager)).get("/api/v1/consortia/{c}/orders/{n}", shop, recent).then()
                .body("status", equalTo("awaiting_payment"));
        assertEquals(2, stock(stocked));
        assertEquals(0, stock(madeToOrder));
    }

    private String product(Integer leadTimeDays, int stock) {
        Map<String, Object> body = Products.carpet("Suzani", "Сюзане", 30000, Fixtures.unique("SKU"), stock);
        if (leadTimeDays != null) {
            body.put("leadTimeDays", leadTimeDays);
        }
        return Products.published(shop, member, manager, body);
    }

    /** An unpaid order of these products and quantities; answers its number. */
    private String order(Map<String, Integer> quantities) {
        String cart = Shopping.cart(shop, null);
        new HashMap<>(quantities).forEach((product, quantity) -> Shopping.add(shop, cart,
                Shopping.variantOf(shop, product), quantity));
        return Shopping.checkout(shop, cart, Fixtures.unique("key"), Shopping.address("FR", "69001")).then()
                .statusCode(201).extract().path("orderNumber");
    }

    private int stock(String product) {
        return as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, product)
                .then().statusCode(200).extract().path("variants[0].stock");
    }

    /** A bounded wait, so that a run that never comes fails the test instead of hanging it. */
    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other expiry run never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
