package dev.canopy.payments.stripe;

import java.time.Duration;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.model.checkout.Session;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.ShippingOption;
import com.stripe.param.checkout.SessionCreateParams.ShippingOption.ShippingRateData;

import dev.canopy.ordering.CardPayments;

/**
 * Card payment through a Stripe Checkout Session: Stripe's hosted page takes the card (PCI SAQ A).
 * One platform charge per order, its payment tied to the members' later transfers by the order
 * number as transfer group ("separate charges and transfers").
 */
@ApplicationScoped
class StripeCheckout implements CardPayments {

    @Inject
    StripeCalls stripe;
    @Inject
    StripeSettings settings;

    @Override
    public boolean available() {
        return stripe.configured();
    }

    @Override
    public Duration window() {
        return settings.checkoutWindow();
    }

    @Override
    public PaymentPage open(CardOrder order) {
        String currency = order.currency().toLowerCase(Locale.ROOT);
        SessionCreateParams.Builder params = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(order.number()).setCustomerEmail(order.email())
                .setSuccessUrl(order.returnUrl()).setCancelUrl(order.returnUrl())
                .setExpiresAt(order.payableUntil().getEpochSecond())
                .putMetadata("consortium", order.shop()).putMetadata("order", order.number())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder().setTransferGroup(order.number())
                        .putMetadata("consortium", order.shop()).putMetadata("order", order.number()).build());
        order.items().forEach(item -> params.addLineItem(LineItem.builder().setQuantity((long) item.quantity())
                .setPriceData(LineItem.PriceData.builder().setCurrency(currency).setUnitAmount(item.unitAmount())
                        .setProductData(LineItem.PriceData.ProductData.builder().setName(item.name()).build())
                        .build())
                .build()));
        params.addShippingOption(ShippingOption.builder().setShippingRateData(ShippingRateData.builder()
                .setType(ShippingRateData.Type.FIXED_AMOUNT).setDisplayName("Shipping")
                .setFixedAmount(ShippingRateData.FixedAmount.builder().setAmount(order.shipping())
                        .setCurrency(currency).build())
                .build()).build());
        // The key is the order and the page's end: a retried checkout gets the same session back
        String key = "checkout:" + order.number() + ":" + order.payableUntil().getEpochSecond();
        Session session = stripe.call("Checkout Session",
                client -> client.v1().checkout().sessions().create(params.build(), StripeCalls.once(key)));
        return new PaymentPage(session.getId(), session.getUrl());
    }
}
