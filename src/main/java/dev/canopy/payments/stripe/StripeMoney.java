package dev.canopy.payments.stripe;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.model.PaymentIntent;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;

/**
 * Money after the charge: members' connected accounts (Connect Express), transfers of their shares,
 * reversals and refunds. Every POST carries an idempotency key made by the caller from what it
 * does, so a retry after a crash or a timeout never moves money twice.
 */
@ApplicationScoped
public class StripeMoney {

    /** A member's connected account to open, named by the member and its consortium. */
    public record NewAccount(String memberId, String memberSlug, String shop, String country, String email) {
    }

    /** One member's share sent from the order's charge. */
    public record NewTransfer(long amount, String currency, String destination, String charge, String orderNumber,
            String key) {
    }

    @Inject
    StripeCalls stripe;

    public boolean configured() {
        return stripe.configured();
    }

    /** The charge of a payment, when the event that announced it did not name it. */
    public Optional<String> chargeOf(String paymentIntent) {
        PaymentIntent intent = stripe.call("payment lookup", client -> client.v1().paymentIntents()
                .retrieve(paymentIntent, PaymentIntentRetrieveParams.builder().build(), null));
        return Optional.ofNullable(intent.getLatestCharge());
    }

    public String openAccount(NewAccount account) {
        AccountCreateParams params = AccountCreateParams.builder().setType(AccountCreateParams.Type.EXPRESS)
                .setCountry(account.country()).setEmail(account.email())
                .setCapabilities(AccountCreateParams.Capabilities.builder().setTransfers(
                        AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build()).build())
                .putMetadata("consortium", account.shop()).putMetadata("member", account.memberSlug()).build();
        return stripe.call("connected account", client -> client.v1().accounts().create(params,
                StripeCalls.once("account:" + account.memberId()))).getId();
    }

    /**
     * A one-time link to Stripe's onboarding; expired links send the member back to ask for a new one.
     * Asked twice within a minute (a double click), Stripe answers the same link.
     */
    public String onboardingLink(String account, String returnUrl, String refreshUrl, long minute) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder().setAccount(account)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).setReturnUrl(returnUrl)
                .setRefreshUrl(refreshUrl).build();
        return stripe.call("onboarding link", client -> client.v1().accountLinks().create(params,
                StripeCalls.once("onboarding:" + account + ":" + minute))).getUrl();
    }

    public String transfer(NewTransfer t) {
        TransferCreateParams params = TransferCreateParams.builder().setAmount(t.amount())
                .setCurrency(t.currency().toLowerCase(Locale.ROOT)).setDestination(t.destination())
                .setSourceTransaction(t.charge()).setTransferGroup(t.orderNumber())
                .putMetadata("order", t.orderNumber()).build();
        return stripe.call("transfer", client -> client.v1().transfers().create(params, StripeCalls.once(t.key())))
                .getId();
    }

    public String reverse(String transfer, long amount, String key) {
        TransferReversalCreateParams params = TransferReversalCreateParams.builder().setAmount(amount).build();
        return stripe.call("transfer reversal",
                client -> client.v1().transfers().reversals().create(transfer, params, StripeCalls.once(key))).getId();
    }

    /** Stripe's reason takes only its three words; the manager's own goes into the metadata. */
    public String refund(String paymentIntent, long amount, String key, Map<String, String> metadata) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(paymentIntent).setAmount(amount)
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).putAllMetadata(metadata).build();
        return stripe.call("refund", client -> client.v1().refunds().create(params, StripeCalls.once(key))).getId();
    }
}
