package dev.canopy.ordering.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the shopper's mails, as {@code mail:…} in {@code mail/} templates; Russian in
 * {@code messages/mail_ru.properties}. A bundle of their own: {@code msg} is at Quarkus' limit.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    @Message("Order {number}")
    String order(String number);

    @Message("We received your order {number}")
    String placed_subject(String number);

    @Message("Thank you for your order. Here is what you bought from our workshops.")
    String placed_lead();

    @Message("Item")
    String item();

    @Message("Quantity")
    String quantity();

    @Message("Price")
    String price();

    @Message("Shipping")
    String shipping();

    @Message("Total")
    String total();

    @Message("How to pay: by bank transfer")
    String transfer_title();

    @Message("Recipient")
    String transfer_payee();

    @Message("Account")
    String transfer_account();

    @Message("Amount")
    String transfer_amount();

    @Message("Reference")
    String transfer_reference();

    @Message("We hold your items until the transfer arrives; we will write when it does.")
    String transfer_hold();

    @Message("You pay by card on the secure payment page that opened after checkout. We will write when the payment arrives.")
    String card_note();

    @Message("See your order")
    String order_link();

    @Message("Payment received for order {number}")
    String paid_subject(String number);

    @Message("We received your payment. The workshops are preparing your parcels; we will write as each one is sent.")
    String paid_lead();

    @Message("Your order {number}: a parcel is on its way")
    String shipped_subject(String number);

    @Message("{workshop} has sent a parcel of your order.")
    String shipped_lead(String workshop);

    @Message("Carrier")
    String carrier();

    @Message("Tracking number")
    String tracking_number();

    @Message("Track the parcel")
    String track();

    @Message("Your order {number}: a parcel was delivered")
    String delivered_subject(String number);

    @Message("The parcel from {workshop} was delivered. Thank you for buying from our workshops.")
    String delivered_lead(String workshop);

    @Message("Order {number} is cancelled")
    String cancelled_subject(String number);

    @Message("{#if expired}We cancelled your order because its payment did not arrive in time.{#else}The shop cancelled your order.{/if} You were not charged, and the items are back on sale.")
    String cancelled_lead(boolean expired);

    @Message("Refund for order {number}")
    String refunded_subject(String number);

    @Message("We are refunding {amount} of your order. {#if toCard}It goes back to the card you paid with within a few days.{#else}The shop transfers it back to you.{/if}")
    String refunded_lead(String amount, boolean toCard);

    @Message("You receive this e-mail because you ordered from {brand}.")
    String footer(String brand);
}
