package dev.canopy.catalog;

import java.util.Map;

import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.tenancy.ConsortiumView;

/** What a consortium's settings require of a product: its languages and its base currency. */
final class ProductRules {

    private ProductRules() {
    }

    static void check(ProductDraft draft, ConsortiumView consortium) {
        texts("title", draft.title(), consortium);
        texts("description", draft.description(), consortium);
        texts("care", draft.care(), consortium);
        if (draft.variants() == null) {
            return;
        }
        for (int i = 0; i < draft.variants().size(); i++) {
            String currency = draft.variants().get(i).price().currency();
            if (!consortium.baseCurrency().equals(currency)) {
                throw new InvalidInput("variants[" + i + "].price.currency",
                        "prices are set in the consortium's base currency " + consortium.baseCurrency());
            }
        }
    }

    private static void texts(String field, Map<String, String> texts, ConsortiumView consortium) {
        if (texts == null) {
            return;
        }
        texts.keySet().stream().filter(language -> !consortium.languages().contains(language)).findFirst()
                .ifPresent(language -> {
                    throw new InvalidInput(field + "." + language,
                            "the consortium writes in " + String.join(", ", consortium.languages()));
                });
    }
}
