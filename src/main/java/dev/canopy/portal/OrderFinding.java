package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the managers' order search and confirmation steps, as {@code find:…} in templates;
 * Russian in {@code messages/find_ru.properties} (a bundle of its own, as {@link PaymentMessages} explains).
 */
@MessageBundle(value = "find", locale = "en")
public interface OrderFinding {

    @Message("Number, name or e-mail")
    String query();

    @Message("Destination")
    String country();

    @Message("Workshop")
    String member();

    @Message("Placed from")
    String from();

    @Message("to")
    String to();

    @Message("Any")
    String any();

    @Message("Customer")
    String customer();

    @Message("Times in {zone}.")
    String times_in(String zone);

    @Message("Time zone")
    String time_zone();

    @Message("Orders and payments are shown in")
    String time_zone_label();

    @Message("Save")
    String save();
}
