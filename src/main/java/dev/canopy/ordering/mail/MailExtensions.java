package dev.canopy.ordering.mail;

import java.util.Locale;

import dev.canopy.platform.Money;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

@TemplateExtension(namespace = "mails")
class MailExtensions {

    /** An amount as the mail's reader writes it: €240.50, 240,50 €. */
    static String price(Money money, @TemplateAttribute Object locale) {
        return money.format((Locale) locale);
    }
}
