package dev.canopy.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

import dev.canopy.catalog.ProductDraft;
import dev.canopy.catalog.ProductDraft.VariantDraft;
import dev.canopy.catalog.ProductView;
import dev.canopy.platform.Money;
import dev.canopy.portal.ProductForm.VariantRow;

/**
 * Turns the editor's form into the catalog's {@link ProductDraft}. A change carries only the reviewed
 * fields the artisan actually changed, so saving new prices or stock never sends a published product
 * back to review; the variants always go along, since they replace the list.
 */
final class ProductDrafts {

    private final ProductForm form;
    private final String currency;
    private final List<FieldError> errors = new ArrayList<>();

    private ProductDrafts(ProductForm form, String currency) {
        this.form = form;
        this.currency = currency;
    }

    static ProductDraft create(ProductForm form, String currency) {
        return new ProductDrafts(form, currency).read(null);
    }

    static ProductDraft change(ProductForm form, ProductView current, String currency) {
        return new ProductDrafts(form, currency).read(current);
    }

    private ProductDraft read(ProductView was) {
        ProductDraft draft = draft(was);
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return draft;
    }

    private ProductDraft draft(ProductView was) {
        Map<String, String> title = texts(form.title());
        Map<String, String> description = texts(form.description());
        Map<String, String> care = texts(form.care());
        List<String> materials = Arrays.stream(form.materials().split("[,\\n]")).map(String::strip)
                .filter(m -> !m.isEmpty()).toList();
        Integer weight = number("weightGrams", form.weightGrams());
        Integer leadTime = number("leadTimeDays", form.leadTimeDays());
        String hsCode = blankToNull(form.hsCode());
        String origin = blankToNull(form.originCountry()) == null ? null
                : form.originCountry().toUpperCase(Locale.ROOT);
        return new ProductDraft(
                was == null || !title.equals(texts(was.title())) ? title : null,
                was == null || !description.equals(texts(was.description())) ? description : null,
                changed(was == null ? null : Objects.requireNonNullElse(was.category(), ""), form.category()),
                was == null || !materials.equals(was.materials()) ? materials : null,
                changed(was == null ? null : Objects.requireNonNullElse(was.technique(), ""), form.technique()),
                was == null || !Objects.equals(hsCode, was.hsCode()) ? hsCode : null,
                was == null || !Objects.equals(origin, was.originCountry()) ? origin : null,
                was == null || !Objects.equals(weight, was.weightGrams()) ? weight : null,
                was == null || !Objects.equals(leadTime, was.leadTimeDays()) ? leadTime : null,
                was == null || form.oneOfAKind() != was.oneOfAKind() ? form.oneOfAKind() : null,
                null, variants(), was == null || !care.equals(texts(was.care())) ? care : null);
    }

    private List<VariantDraft> variants() {
        List<VariantDraft> variants = new ArrayList<>();
        for (int i = 0; i < form.variants().size(); i++) {
            VariantRow row = form.variants().get(i);
            if (row.isBlankNew() || row.remove()) {
                continue;
            }
            OptionalLong price = MajorUnits.parse(row.price(), currency);
            if (price.isEmpty()) {
                errors.add(FieldError.of("price", i + 1, "price"));
            }
            Integer stock = row.stock().matches("[0-9]{1,6}") ? Integer.valueOf(row.stock()) : null;
            if (stock == null) {
                errors.add(FieldError.of("stock", i + 1, "stock"));
            }
            variants.add(new VariantDraft(id(row.id(), i + 1), row.sku(),
                    options(row.options(), i + 1), Money.of(price.orElse(0), currency), stock));
        }
        return variants;
    }

    private UUID id(String text, int row) {
        try {
            return text.isBlank() ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("variants", row, "variant"));
            return null;
        }
    }

    /** Lines of {@code name=value} (or {@code name: value}); blank lines are skipped. */
    private Map<String, String> options(String lines, int row) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] pair = line.split("[=:]", 2);
            if (pair.length < 2 || pair[0].isBlank() || pair[1].isBlank()) {
                errors.add(FieldError.of("options", row, "options"));
                continue;
            }
            options.put(pair[0].strip(), pair[1].strip());
        }
        return options;
    }

    private Integer number(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        if (!text.matches("[0-9]{1,9}")) {
            errors.add(FieldError.of(field, null, "number"));
            return null;
        }
        return Integer.valueOf(text);
    }

    private static Map<String, String> texts(Map<String, String> texts) {
        Map<String, String> filled = new LinkedHashMap<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                filled.put(language, text.strip());
            }
        });
        return filled;
    }

    /** The typed value when it differs from what was; on a new product, any value typed. */
    private static String changed(String was, String typed) {
        if (was == null) {
            return blankToNull(typed);
        }
        return was.equals(typed) ? null : typed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
