package dev.canopy.storefront;

import java.util.ArrayList;
import java.util.List;

import dev.canopy.tenancy.ConsortiumView;

/**
 * What every storefront page knows of its shopper: the brand, the language its texts are in, the
 * chosen currency, whether prices can be shown in it (false while the brand has no rate), how many
 * items are in the cart, and the storefront's absolute address for links that leave the page.
 */
public record Shop(ConsortiumView consortium, String language, String currency, boolean priced, int inCart,
        String address) {

    /** The brand's colours as a style sheet of one line, inlined in every page (see {@link InlineTheme}). */
    public String theme() {
        return theme(consortium.primaryColor());
    }

    static String theme(String primaryColor) {
        return ":root{--brand:" + primaryColor + ";}";
    }

    public String home() {
        return "/shop/" + consortium.slug() + "/";
    }

    /**
     * The absolute address of the page at {@code path} below home, as shown: page {@code number} (from 1)
     * of a listing, in a language other than the brand's first only with {@code lang}, so that search
     * engines keep each language and each page apart.
     */
    public String canonical(String path, int number) {
        return address(path, number, language);
    }

    /** The page's canonical address and the same page in each of the brand's languages (hreflang alternates). */
    public PageLinks links(String path, int number) {
        List<Alternate> alternates = consortium.languages().stream()
                .map(l -> new Alternate(l, address(path, number, l))).toList();
        return new PageLinks(canonical(path, number), alternates, alternates.get(0).href());
    }

    /** A page's links for search engines; {@code anyLanguage} is the brand's first, for x-default. */
    public record PageLinks(String canonical, List<Alternate> alternates, String anyLanguage) {
    }

    public record Alternate(String language, String href) {
    }

    private String address(String path, int number, String lang) {
        List<String> query = new ArrayList<>();
        if (number > 1) {
            query.add("page=" + (number - 1));
        }
        if (!lang.equals(consortium.languages().get(0))) {
            query.add("lang=" + lang);
        }
        return address + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
