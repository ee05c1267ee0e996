package dev.canopy.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import dev.canopy.platform.Money;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** View helpers of the portal's templates, as {@code portal:money(price)} and the like. */
class PortalExtensions {

    /** A price as the editor shows it: 240.50 EUR. */
    @TemplateExtension(namespace = "portal")
    static String money(Money money) {
        return MajorUnits.of(money.amount(), money.currency()) + " " + money.currency();
    }

    /** A moment as the page's language writes it, in UTC (shoppers and workshops live in many zones). */
    @TemplateExtension(namespace = "portal")
    static String time(Instant at, @TemplateAttribute Object locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale((Locale) locale).format(at.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** A moment in a consortium's own time zone, for its managers, with the zone named. */
    @TemplateExtension(namespace = "portal")
    static String zoned(Instant at, String zone, @TemplateAttribute Object locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale((Locale) locale).format(at.atZone(ZoneId.of(zone))) + " " + zone;
    }

    /** A country's name in the page's language: "Germany", "Германия". */
    @TemplateExtension(namespace = "portal")
    static String countryName(String code, @TemplateAttribute Object locale) {
        return new Locale("", code).getDisplayCountry((Locale) locale);
    }

    /** A language's name in the page's language: "Russian", "английский". */
    @TemplateExtension(namespace = "portal")
    static String languageName(String tag, @TemplateAttribute Object locale) {
        return Locale.forLanguageTag(tag).getDisplayLanguage((Locale) locale);
    }

    /** The text in the page's language, else the first one written. */
    @TemplateExtension(namespace = "portal")
    static String text(Map<String, String> texts, @TemplateAttribute Object locale) {
        return pick(texts, ((Locale) locale).getLanguage());
    }

    static String pick(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        return texts.getOrDefault(language, texts.values().iterator().next());
    }
}
