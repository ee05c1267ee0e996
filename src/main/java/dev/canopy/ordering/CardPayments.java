package dev.canopy.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A payment provider's hosted card page, where the shopper pays an order without the card ever
 * reaching Canopy. Payments implements it; without a configured provider cards are not offered.
 */
public interface CardPayments {

    boolean available();

    /** How long a card order's page can be paid, and so how long its stock is held. */
    Duration window();

    /** Opens (or, for the same order, finds again) the order's payment page; never inside a transaction. */
    PaymentPage open(CardOrder order);

    /** An order to be paid by card, with everything the page shows and the addresses it returns to. */
    record CardOrder(String shop, String number, String email, String currency, List<Item> items, long shipping,
            Instant payableUntil, String returnUrl) {
    }

    record Item(String name, long unitAmount, int quantity) {
    }

    record PaymentPage(String id, String url) {
    }
}
