package dev.canopy.storefront;

import java.util.List;
import java.util.Map;

/**
 * A text written per language as a page shows it: in the shopper's language, else the brand's first,
 * else the first written; with the language it is in, so the element says so ({@code lang}) and a
 * screen reader or translator reads it right. Templates ask for one as {@code shop:said(texts, language, languages)}.
 */
public record Said(String text, String lang) {

    static Said of(Map<String, String> texts, String language, List<String> languages) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        String lang = texts.containsKey(language) ? language
                : languages.isEmpty() || !texts.containsKey(languages.get(0)) ? texts.keySet().iterator().next()
                        : languages.get(0);
        return new Said(texts.get(lang), lang);
    }
}
