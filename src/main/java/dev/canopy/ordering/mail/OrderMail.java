package dev.canopy.ordering.mail;

import java.util.List;

import dev.canopy.platform.Money;

/**
 * What a shopper's mail tells of an order, its titles already in the checkout's {@code language}: built
 * by ordering from the order as sold, rendered by {@link ShopperMails}.
 */
public record OrderMail(String email, String language, String number, String link, List<Line> lines, Money shipping,
        Money total, Transfer transfer) {

    public record Line(String title, int quantity, Money total) {
    }

    /** To whom, where and with which reference to transfer the total; null for an order paid by card. */
    public record Transfer(String payee, String account, Money amount, String reference) {
    }
}
