package dev.canopy.ordering;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.canopy.platform.Money;

/** The offline payment method: the shopper transfers the total, the manager confirms receipt. */
@ApplicationScoped
class BankTransfer {

    static final String METHOD = "bank_transfer";

    @ConfigProperty(name = "canopy.payments.bank-transfer.account")
    String account;

    /** The order waits for the shopper's transfer: until then its mails and page say how to pay. */
    static boolean awaited(Order order) {
        return order.status == Order.Status.awaiting_payment && METHOD.equals(order.paymentMethod);
    }

    String account() {
        return account;
    }

    String instructions(String consortiumName, String orderNumber, Money total) {
        return "Transfer %s %s to %s (%s), reference %s. We hold your items until the transfer arrives."
                .formatted(java.math.BigDecimal.valueOf(total.amount(),
                        java.util.Currency.getInstance(total.currency()).getDefaultFractionDigits()).toPlainString(),
                        total.currency(), consortiumName, account, orderNumber);
    }
}
