package dev.canopy.ordering;

import static dev.canopy.testsupport.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.InTenant;
import dev.canopy.testsupport.LostAnswers;
import dev.canopy.testsupport.Products;
import dev.canopy.testsupport.Shopping;
import dev.canopy.testsupport.Tokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * No order is lost to a crash: an order committed before the process died is what a retry with the
 * same Idempotency-Key gets back, and a checkout that died before its commit left nothing behind.
 */
@QuarkusTest
class CheckoutCrashTest {

    @Inject
    ShopperNotices notices;
    @Inject
    EntityManager em;

    String manager;
    String shop;
    UUID shopId;
    String member;
    String product;
    String cart;
    String key;

    @BeforeEach
    void aCartOfTwoOfThreeInStock() {
        manager = Fixtures.email("manager");
        shop = Fixtures.consortium(manager);
        shopId = Fixtures.consortiumId(shop);
        member = Fixtures.member(shop, manager);
        product = Products.published(shop, member, manager,
                Products.carpet("Suzani", "Сюзане", 9000, Fixtures.unique("CRASH"), 3));
        cart = Shopping.cart(shop, null);
        Shopping.add(shop, cart, Shopping.variantOf(shop, product), 2);
        key = Fixtures.unique("key");
    }

    @Test
    void anAnswerLostAfterTheCommitIsTheCommittedOrderOnRetryWithItsStockReservedOnce() {
        LostAnswers.arm(key);
        checkout().then().statusCode(500);
        OrderPlaced committed = (OrderPlaced) LostAnswers.lost(key);

        checkout().then().statusCode(201)
                .body("orderNumber", equalTo(committed.orderNumber()))
                .body("orderToken", equalTo(committed.orderToken()));

        assertEquals(1, stock(), "3 in stock, 2 reserved once");
        assertEquals(1L, rows("select count(*) from orders"), "one order");
        assertEquals(1L, rows("select count(*) from outbox_message where subject like '%" + committed.orderNumber()
                + "%'"), "one mail telling the order was placed");
    }

    @Test
    void aCheckoutThatDiesBeforeItsCommitReservesNothingAndARetrySucceeds() {
        ShopperNotices real = ClientProxy.unwrap(notices);
        // The order written and its stock reserved, the process dies telling the shopper, inside the transaction
        QuarkusMock.installMockForType(new ShopperNotices() {
            @Override
            void placed(Order order, List<OrderLine> lines) {
                throw new IllegalStateException("The process died before the commit");
            }
        }, ShopperNotices.class);
        checkout().then().statusCode(500);

        assertEquals(3, stock(), "nothing reserved");
        assertEquals(0L, rows("select count(*) from orders"), "no order");
        assertEquals(0L, rows("select count(*) from outbox_message"), "no mail");

        QuarkusMock.installMockForType(real, ShopperNotices.class);
        String number = checkout().then().statusCode(201).extract().path("orderNumber");
        assertEquals(1, stock(), "2 of 3 reserved by the retry");
        assertEquals(1L, rows("select count(*) from orders"), "one order");
        assertEquals(1L, rows("select count(*) from outbox_message where subject like '%" + number + "%'"),
                "one mail telling the order was placed");
    }

    private io.restassured.response.Response checkout() {
        return Shopping.checkout(shop, cart, key, Shopping.address("FR", "69001"));
    }

    private int stock() {
        return as(Tokens.person(manager)).get("/api/v1/consortia/{c}/members/{m}/products/{id}", shop, member, product)
                .then().statusCode(200).extract().path("variants[0].stock");
    }

    /** Counts rows of this shop (row-level security keeps the query to it). */
    private long rows(String countQuery) {
        return InTenant.call(shopId, () -> ((Number) em.createNativeQuery(countQuery).getSingleResult()).longValue());
    }
}
