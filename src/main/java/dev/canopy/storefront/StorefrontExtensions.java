package dev.canopy.storefront;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.canopy.catalog.store.PublicProduct;
import dev.canopy.catalog.store.PublicProduct.Offer;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.ConsortiumView;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

@TemplateExtension
class StorefrontExtensions {

    static final String PLACEHOLDER = "/static/placeholder.svg";

    static String currencyList(ConsortiumView consortium) {
        return String.join(", ", consortium.currencies());
    }

    /** The cheapest offer's price: a card says "from" it. */
    static Money cheapestPrice(PublicProduct product) {
        return product.variants().stream().map(Offer::price).min(Comparator.comparingLong(Money::amount)).orElse(null);
    }

    static boolean pricesDiffer(PublicProduct product) {
        return product.variants().stream().map(o -> o.price().amount()).distinct().count() > 1;
    }

    static boolean available(PublicProduct product) {
        return product.variants().stream().anyMatch(Offer::inStock);
    }

    static String thumbnail(PublicProduct product) {
        return product.images().isEmpty() ? PLACEHOLDER : product.images().get(0).thumbnailUrl();
    }

    /** The variant's options as a shopper reads them ("120x180 · blue"); null when it has none. */
    static String optionText(Offer offer) {
        String text = offer.options().values().stream().collect(Collectors.joining(" · "));
        return text.isEmpty() ? null : text;
    }

    static String materialList(PublicProduct product) {
        return String.join(", ", product.materials());
    }

    /** A price as people of the page's language write it: €240.50, 240,50 €. */
    @TemplateExtension(namespace = "shop")
    static String price(Money money, @TemplateAttribute Object locale) {
        BigDecimal major = major(money);
        NumberFormat format = NumberFormat.getCurrencyInstance((Locale) locale);
        format.setCurrency(Currency.getInstance(money.currency()));
        format.setMinimumFractionDigits(major.scale());
        format.setMaximumFractionDigits(major.scale());
        return format.format(major);
    }

    /** Minor units as the decimal amount people read: 24050 EUR is 240.50. */
    static BigDecimal major(Money money) {
        return BigDecimal.valueOf(money.amount(),
                Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits()));
    }

    @TemplateExtension(namespace = "shop")
    static String country(String code, @TemplateAttribute Object locale) {
        return code == null ? "" : new Locale("", code).getDisplayCountry((Locale) locale);
    }

    /** A text cut at a word to fit a meta description. */
    @TemplateExtension(namespace = "shop")
    static String excerpt(String text, int length) {
        if (text == null || text.length() <= length) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', length - 1);
        return text.substring(0, cut > 0 ? cut : length - 1).strip() + "…";
    }
}
