package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the workshop's address form, as {@code addr:…} in templates; Russian in
 * {@code messages/addr_ru.properties}. A bundle of its own: {@code msg} is close to the 300 messages
 * above which Quarkus 3.34 generates a broken resolver. The field labels are the checkout's.
 */
@MessageBundle(value = "addr", locale = "en")
public interface AddressMessages {

    @Message("Workshop address")
    String address_title();

    @Message("Printed as the sender on the customs papers of the parcels the workshop posts itself.")
    String address_hint();

    @Message("Save the address")
    String address_save();
}
