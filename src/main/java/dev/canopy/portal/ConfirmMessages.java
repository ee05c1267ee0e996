package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the confirmation steps, as {@code ask:…} in templates; Russian in
 * {@code messages/ask_ru.properties} (a bundle of its own, as {@link PaymentMessages} explains).
 */
@MessageBundle(value = "ask", locale = "en")
public interface ConfirmMessages {

    @Message("{#when kind}{#is 'payment'}Has the payment for order {subject} arrived?"
            + "{#is 'cancel'}Cancel order {subject}?{#else}Suspend {subject}?{/when}")
    String question(String kind, String subject);

    @Message("{#when kind}{#is 'payment'}Confirm only when the money is in the brand's account: the order becomes"
            + " Paid and goes to the workshops to make and ship. This cannot be undone."
            + "{#is 'cancel'}Its pieces go back to stock and the order can no longer be paid. This cannot be undone."
            + "{#else}Its products leave the shop at once and it sells nothing through the brand until you"
            + " reinstate it.{/when}")
    String consequence(String kind);

    @Message("{#when kind}{#is 'payment'}Yes, the payment has arrived{#is 'cancel'}Yes, cancel the order"
            + "{#else}Yes, suspend the workshop{/when}")
    String yes(String kind);

    @Message("No, go back")
    String back();

    @Message("Suspend workshop")
    String suspend();

    @Message("Reinstate workshop")
    String reinstate();
}
