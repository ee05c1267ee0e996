package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the portal's payments, refunds and payouts, as {@code pay:…} in templates; Russian in
 * {@code messages/pay_ru.properties}. A bundle of their own: Quarkus 3.34 generates a broken resolver
 * for a bundle of more than 300 messages, and {@code msg} is close to that.
 */
@MessageBundle(value = "pay", locale = "en")
public interface PaymentMessages {

    @Message("Payments")
    String payments_title();

    @Message("No payment recorded yet.")
    String payments_none();

    @Message("Stripe tells Canopy when the card payment arrives: the order becomes Paid by itself. Cancelling returns the items to stock.")
    String payments_card_awaited();

    @Message("{#when method}{#is 'card'}Payment by card{#else}Payment by bank transfer{/when}")
    String payments_method(String method);

    @Message("{#when kind}{#is 'card_paid'}Paid by card{#is 'amount_mismatch'}Card payment of another amount: check it at Stripe{#is 'paid_after_cancellation'}Paid after the order was cancelled: refund it{#is 'payment_processing'}Card payment in progress{#is 'page_expired'}Card payment page expired{#is 'payment_failed'}Card payment failed{#is 'charge_refunded'}Refunded at Stripe{#is 'dispute'}Disputed by the card holder{#is 'refund'}Refund{#else}{kind}{/when}")
    String payments_kind(String kind);

    @Message("What")
    String payments_what();

    @Message("Amount")
    String payments_amount();

    @Message("Reference")
    String payments_reference();

    @Message("Note")
    String payments_note();

    @Message("Refunds")
    String refunds_title();

    @Message("{#when status}{#is 'pending'}Being sent back to the card{#is 'succeeded'}Back on the card{#else}To pay back by bank transfer{/when}")
    String refund_status(String status);

    @Message("shipping")
    String refund_shipping_line();

    @Message("Refund")
    String refund_new();

    @Message("Choose how many of each item go back. Items from parcels not yet sent return to stock. A card order is refunded to the card; otherwise pay the amount back by bank transfer.")
    String refund_lead();

    @Message("Bought")
    String refund_bought();

    @Message("Refunded")
    String refund_refunded();

    @Message("To refund")
    String refund_quantity();

    @Message("Refund the shipping ({amount})")
    String refund_shipping(String amount);

    @Message("Reason")
    String refund_reason();

    @Message("Refund")
    String refund_submit();

    @Message("The refund is recorded; the shopper is told by e-mail.")
    String refund_done();

    @Message("Nothing is left to refund.")
    String refund_nothing_left();

    @Message("Payouts")
    String payouts_title();

    @Message("Each workshop's share of a paid order is held until its parcel is sent, then due. Stripe pays workshops with a payout account; pay the others by bank and note the bank's reference.")
    String payouts_lead();

    @Message("Workshop")
    String payouts_member();

    @Message("{#when status}{#is 'held'}Held until sent{#is 'due'}Due{#is 'paid'}Paid{#is 'reversed'}Taken back{#else}Failed{/when}")
    String payout_status(String status);

    @Message("{#when rail}{#is 'stripe'}Stripe transfer{#else}Bank transfer{/when}")
    String payout_rail(String rail);

    @Message("Problem")
    String payouts_failure();

    @Message("No payouts.")
    String payouts_none();

    @Message("Bank reference")
    String payouts_bank_reference();

    @Message("Mark paid")
    String payouts_mark_paid();

    @Message("Payout marked paid.")
    String payouts_marked();

    @Message("Get paid")
    String getpaid_title();

    @Message("Your share of each order is paid to you once its parcel is sent.")
    String getpaid_lead();

    @Message("How you are paid")
    String getpaid_how();

    @Message("Stripe pays your shares to your bank account.")
    String getpaid_stripe_ready();

    @Message("Stripe cannot pay you yet: finish Stripe's questions. Until then the brand pays you by bank transfer.")
    String getpaid_stripe_unfinished();

    @Message("The brand pays you by bank transfer.")
    String getpaid_manual();

    @Message("Get paid by Stripe")
    String getpaid_start();

    @Message("Continue with Stripe")
    String getpaid_continue();

    @Message("{#when notice}{#is 'again'}The link to Stripe has run out. Continue where you left off:{#is 'bank'}This shop pays its workshops by bank transfer: there is nothing to set up.{#else}Stripe cannot be reached right now. Please try again in a few minutes.{/when}")
    String getpaid_notice(String notice);

    @Message("My payouts")
    String getpaid_mine();

    @Message("No payouts yet.")
    String getpaid_none();
}
