package dev.canopy.storefront;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the cart, the checkout and the order page a shopper reaches by link, as {@code cart:…}
 * in templates; Russian in {@code messages/cart_ru.properties}.
 */
@MessageBundle(value = "cart", locale = "en")
public interface CartMessages {

    @Message("Cart")
    String cart_title();

    @Message("{#if count > 0}Cart ({count}){#else}Cart{/if}")
    String cart_nav(int count);

    @Message("{#when problem}{#is 'add'}That item could not be added: it may have sold out, or the cart already holds 99 of it.{#is 'quantity'}Choose a quantity from 1 to 99.{#else}The cart changed meanwhile; here it is as it is now.{/when}")
    String cart_problem(String problem);

    @Message("Your cart is empty.")
    String cart_empty();

    @Message("An item no longer on sale")
    String cart_withdrawn();

    @Message("Not enough in stock")
    String cart_not_enough();

    @Message("No longer on sale")
    String cart_unavailable();

    @Message("Quantity")
    String cart_quantity();

    @Message("Update")
    String cart_update();

    @Message("Remove")
    String cart_remove();

    @Message("Items")
    String cart_items_total();

    @Message("Go to checkout")
    String cart_checkout();

    @Message("Some items cannot be sold as they are. Remove them or lower the quantity to go on.")
    String cart_fix_first();

    @Message("Choose a version")
    String cart_choose();

    @Message("Add to cart")
    String cart_add();

    @Message("{price} each")
    String cart_each(String price);

    @Message("Checkout")
    String checkout_title();

    @Message("Nothing was ordered. Please check the marked fields.")
    String checkout_check_fields();

    @Message("We do not ship to {country} yet. Nothing was ordered.")
    String checkout_not_shipped(String country);

    @Message("Nothing was ordered: not enough in stock of {items}.")
    String checkout_stock(String items);

    @Message("Change the cart")
    String checkout_to_cart();

    @Message("This cart has already become an order. Nothing more was ordered.")
    String checkout_closed();

    @Message("Nothing was ordered:")
    String checkout_conflict();

    @Message("Your e-mail")
    String checkout_contact();

    @Message("We send the order confirmation and the parcels' tracking here.")
    String checkout_email_hint();

    @Message("Where to send it")
    String checkout_address();

    @Message("Country")
    String checkout_country();

    @Message("Choose a country")
    String checkout_choose_country();

    @Message("Full name of the recipient")
    String checkout_name();

    @Message("Street and house number")
    String checkout_line1();

    @Message("Flat, building, floor")
    String checkout_line2();

    @Message("Town or city")
    String checkout_city();

    @Message("{#when kind}{#is 'state'}State{#is 'province'}Province{#is 'county'}County{#is 'emirate'}Emirate{#is 'prefecture'}Prefecture{#else}Region{/when}")
    String checkout_region(String kind);

    @Message("(optional)")
    String checkout_optional();

    @Message("{#when kind}{#is 'zip'}ZIP code{#is 'postcode'}Postcode{#is 'pin'}PIN code{#is 'eircode'}Eircode{#is 'cep'}CEP (postal code){#is 'cap'}CAP (postal code){#is 'plz'}PLZ (postal code){#else}Postal code{/when}")
    String postal_name(String kind);

    @Message("Addresses in {country} need a postal code.")
    String checkout_postal_required(String country);

    @Message("{#when field}{#is 'email'}Enter an e-mail address like name@example.com.{#is 'name'}Enter the name of the person who receives the parcel.{#is 'line1'}Enter the street and house number.{#is 'city'}Enter the town or city.{#is 'postalCode'}Enter a postal code of up to 20 characters.{#is 'country'}Choose a country.{#is 'currency'}Choose a currency.{#else}Check this field.{/when}")
    String checkout_invalid(String field);

    @Message("Pay in")
    String checkout_currency();

    @Message("You pay by bank transfer: the next page shows the account and the reference.")
    String checkout_pay_hint();

    @Message("Place the order")
    String checkout_place();

    @Message("How to pay")
    String checkout_payment();

    @Message("By card")
    String checkout_pay_card();

    @Message("on a secure card payment page, right after this one")
    String checkout_pay_card_hint();

    @Message("By bank transfer")
    String checkout_pay_transfer();

    @Message("the next page shows the account and the reference")
    String checkout_pay_transfer_hint();

    @Message("Card payment is unavailable right now, please try again in a moment.")
    String checkout_card_unavailable();

    @Message("Your order")
    String checkout_summary();

    @Message("Order {number}")
    String order_title(String number);

    @Message("{#when status}{#is 'awaiting_payment'}Awaiting payment{#is 'paid'}Paid{#is 'partially_shipped'}Partly shipped{#is 'shipped'}Shipped{#is 'delivered'}Delivered{#is 'partially_refunded'}Partly refunded{#is 'refunded'}Refunded{#else}Cancelled{/when}")
    String order_status(String status);

    @Message("placed on {date}")
    String order_placed_on(String date);

    @Message("Keep this page's address: it is your way back to the order.")
    String order_keep_link();

    @Message("How to pay")
    String order_pay_title();

    @Message("Please transfer the total to this account:")
    String order_pay_lead();

    @Message("Amount")
    String order_pay_amount();

    @Message("To")
    String order_pay_to();

    @Message("Account")
    String order_pay_account();

    @Message("Reference")
    String order_pay_reference();

    @Message("We hold your items until the transfer arrives.")
    String order_pay_hold();

    @Message("Parcels")
    String order_parcels();

    @Message("This order was cancelled.")
    String order_cancelled_note();

    @Message("The workshops start on your parcels as soon as your payment arrives.")
    String order_parcels_after_payment();

    @Message("From {name}")
    String order_parcel_from(String name);

    @Message("{#when status}{#is 'pending'}Being prepared{#is 'accepted'}Accepted by the workshop{#is 'shipped'}On its way{#else}Delivered{/when}")
    String parcel_status(String status);

    @Message("{carrier}, tracking number {number}")
    String order_tracking(String carrier, String number);

    @Message("Items")
    String order_items();

    @Message("Item")
    String order_item();

    @Message("Total")
    String order_line_total();

    @Message("Shipping")
    String order_shipping();

    @Message("Total")
    String order_total();

    @Message("Delivery address")
    String order_ship_to();

    @Message("Keep shopping")
    String order_shop_more();

    @Message("Your payment is being confirmed")
    String order_card_waiting_title();

    @Message("We are waiting for the card company to confirm your payment. Once it does, this page says Paid and the workshops start on your parcels: reload it in a minute.")
    String order_card_waiting();

    @Message("If no payment arrives by {time}, the order is cancelled and nothing is charged.")
    String order_card_deadline(String time);

    @Message("Left the payment page before paying? Go back to it")
    String order_card_pay();

    @Message("Paid by card")
    String order_paid_card();

    @Message("{#when method}{#is 'card'}The refunded amount goes back to the card you paid with within a few days.{#else}The shop transfers the refunded amount back to you.{/when}")
    String order_refund_note(String method);
}
