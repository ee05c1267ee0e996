package dev.canopy.storefront;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.canopy.catalog.store.PublicProduct;
import dev.canopy.catalog.store.PublicProduct.Offer;
import dev.canopy.ordering.CartView;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.ConsortiumView;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

@TemplateExtension
class StorefrontExtensions {

    static final String PLACEHOLDER = "/static/placeholder.svg";
    private static final PublicProduct.Image NO_PHOTO = new PublicProduct.Image(PLACEHOLDER, PLACEHOLDER, "", 400, 400,
            400, 400);

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

    /** In stock, or made to order (a lead time: pieces beyond the stock are made for the order). */
    static boolean available(PublicProduct product) {
        return madeToOrder(product) || product.variants().stream().anyMatch(Offer::inStock);
    }

    private static boolean madeToOrder(PublicProduct product) {
        return product.leadTimeDays() != null && product.leadTimeDays() > 0;
    }

    /** The product's first photo, else the placeholder (a square): what its card shows. */
    static PublicProduct.Image cover(PublicProduct product) {
        return product.images().isEmpty() ? NO_PHOTO : product.images().get(0);
    }

    /** The variant's options as a shopper reads them ("120x180 · blue"); null when it has none. */
    static String optionText(Offer offer) {
        return options(offer.options());
    }

    static String optionText(CartView.Line line) {
        return options(line.options());
    }

    /** The variant the add-to-cart form starts with: the first in stock, else the first made to order. */
    static UUID firstInStock(PublicProduct product) {
        return product.variants().stream().filter(Offer::inStock).map(Offer::id).findFirst()
                .orElse(madeToOrder(product) && !product.variants().isEmpty() ? product.variants().get(0).id() : null);
    }

    /** Items in the cart, each counted as many times as it is ordered. */
    static int count(CartView cart) {
        return cart.lines().stream().mapToInt(CartView.Line::quantity).sum();
    }

    /** A cart goes to checkout when it has lines and every one can be sold as it is. */
    /** The titles of a parcel's lines, to tell the shopper which parcel is which. */
    static String titlesOf(CartView cart, CartView.Parcel parcel) {
        return cart.lines().stream().filter(l -> parcel.lines().contains(l.id())).map(CartView.Line::title)
                .collect(Collectors.joining(", "));
    }

    static boolean ready(CartView cart) {
        return !cart.lines().isEmpty() && cart.lines().stream().allMatch(CartView.Line::available);
    }

    @TemplateExtension(namespace = "shop")
    static String options(Map<String, String> options) {
        String text = String.join(" · ", options.values());
        return text.isEmpty() ? null : text;
    }

    static String materialList(PublicProduct product) {
        return String.join(", ", product.materials());
    }

    /** A price as people of the page's language write it: €240.50, 240,50 €. */
    @TemplateExtension(namespace = "shop")
    static String price(Money money, @TemplateAttribute Object locale) {
        return money.format((Locale) locale);
    }

    /** Minor units as the decimal amount people read: 24050 EUR is 240.50. */
    static BigDecimal major(Money money) {
        return money.major();
    }

    @TemplateExtension(namespace = "shop")
    static String country(String code, @TemplateAttribute Object locale) {
        return code == null ? "" : new Locale("", code).getDisplayCountry((Locale) locale);
    }

    /** A text in the brand's language for this page, else the first one written. */
    @TemplateExtension(namespace = "shop")
    static String text(Map<String, String> texts, String language) {
        return texts.isEmpty() ? "" : texts.getOrDefault(language, texts.values().iterator().next());
    }

    /** A text written per language, in the page's language or the brand's first, with the language it is in. */
    @TemplateExtension(namespace = "shop")
    static Said said(Map<String, String> texts, String language, List<String> languages) {
        return Said.of(texts, language, languages);
    }

    /** A day as people of the page's language write it: 12 Mar 2026, 12 мар. 2026 г. */
    @TemplateExtension(namespace = "shop")
    static String date(Instant at, @TemplateAttribute Object locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale((Locale) locale)
                .format(at.atZone(ZoneOffset.UTC));
    }

    /** A moment as people of the page's language write it, in UTC: 12 Mar 2026, 14:05 UTC. */
    @TemplateExtension(namespace = "shop")
    static String time(Instant at, @TemplateAttribute Object locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale((Locale) locale)
                .format(at.atZone(ZoneOffset.UTC)) + " UTC";
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
