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
 * fields the artisan actually changed, so saving stock never sends a published product back to review
 * (a new price does, as the catalog decides); the variants always go along, since they replace the list.
 */
final class ProductDrafts {

    /** The option keys the editor's variant table has columns for. */
    static final String SIZE = "size";
    static final String COLOUR = "colour";

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
        ProductDraft draft = draft(was, was == null ? Map.of() : otherOptions(was));
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return draft;
    }

    private ProductDraft draft(ProductView was, Map<String, Map<String, String>> kept) {
        Map<String, String> title = texts(form.title());
        Map<String, String> description = texts(form.description());
        Map<String, String> care = texts(form.care());
        List<String> materials = Arrays.stream(form.materials().split("[,\\n]")).map(String::strip)
                .filter(m -> !m.isEmpty()).toList();
        Integer weight = number("weightGrams", form.weightGrams());
        Integer leadTime = number("leadTimeDays", form.leadTimeDays());
        // blank and 0 both mean no limit; the catalog stores no limit as null and takes 0 to clear it
        int capacity = Objects.requireNonNullElse(number("weeklyCapacity", form.weeklyCapacity()), 0);
        int capacityWas = was == null ? 0 : Objects.requireNonNullElse(was.weeklyCapacity(), 0);
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
                was == null || capacity != capacityWas ? capacity : null, variants(kept),
                was == null || !care.equals(texts(was.care())) ? care : null);
    }

    private List<VariantDraft> variants(Map<String, Map<String, String>> kept) {
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
                    options(row, kept.getOrDefault(row.id(), Map.of())), Money.of(price.orElse(0), currency), stock));
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

    /** Size and colour as typed (blank: none), beside the variant's other options, which the table does not show. */
    private static Map<String, String> options(VariantRow row, Map<String, String> others) {
        Map<String, String> options = new LinkedHashMap<>();
        if (!row.size().isBlank()) {
            options.put(SIZE, row.size());
        }
        if (!row.colour().isBlank()) {
            options.put(COLOUR, row.colour());
        }
        options.putAll(others);
        return options;
    }

    /** Each existing variant's options other than size and colour, by variant id. */
    private static Map<String, Map<String, String>> otherOptions(ProductView was) {
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        was.variants().forEach(v -> {
            Map<String, String> others = new LinkedHashMap<>(v.options());
            others.remove(SIZE);
            others.remove(COLOUR);
            kept.put(v.id().toString(), others);
        });
        return kept;
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
