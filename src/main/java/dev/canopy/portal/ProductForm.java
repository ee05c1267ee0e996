package dev.canopy.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.canopy.catalog.ProductView;
import dev.canopy.tenancy.ConsortiumView;

/**
 * The product editor's fields as the artisan typed them, so a refused form comes back as it was
 * sent. Texts are per language ({@code title.en}); variants are rows of a table ({@code variant.0.sku}),
 * the last two of them blank for new ones.
 */
public record ProductForm(Map<String, String> title, Map<String, String> description, String category,
        String materials, String technique, String hsCode, String originCountry, String weightGrams,
        String leadTimeDays, String weeklyCapacity, boolean oneOfAKind, List<VariantRow> variants,
        Map<String, String> care) {

    /** Blank rows a form offers for new variants: two, so a product with two sizes is made in one go. */
    static final int BLANK_ROWS = 2;

    /** A variant's row: size and colour are the option keys the table shows; other keys are kept as they were. */
    public record VariantRow(String id, String sku, String size, String colour, String price, String stock,
            boolean remove) {

        static final VariantRow BLANK = new VariantRow("", "", "", "", "", "", false);

        boolean isBlankNew() {
            return id.isBlank() && sku.isBlank() && size.isBlank() && colour.isBlank() && price.isBlank()
                    && stock.isBlank();
        }
    }

    static ProductForm blank(ConsortiumView consortium) {
        return new ProductForm(Map.of(), Map.of(), "", "", "", "", consortium.country(), "", "", "", false,
                withBlankRows(List.of()), Map.of());
    }

    static ProductForm of(ProductView p) {
        List<VariantRow> rows = p.variants().stream()
                .map(v -> new VariantRow(v.id().toString(), v.sku(), text(v.options().get(ProductDrafts.SIZE)),
                        text(v.options().get(ProductDrafts.COLOUR)),
                        MajorUnits.of(v.price().amount(), v.price().currency()), String.valueOf(v.stock()), false))
                .toList();
        return new ProductForm(p.title(), p.description(), text(p.category()), String.join(", ", p.materials()),
                text(p.technique()), text(p.hsCode()), text(p.originCountry()), text(p.weightGrams()),
                text(p.leadTimeDays()), text(p.weeklyCapacity()), p.oneOfAKind(), withBlankRows(rows), p.care());
    }

    static ProductForm read(MultivaluedMap<String, String> form, List<String> languages) {
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, String> description = new LinkedHashMap<>();
        Map<String, String> care = new LinkedHashMap<>();
        for (String language : languages) {
            title.put(language, field(form, "title." + language));
            description.put(language, field(form, "description." + language));
            care.put(language, field(form, "care." + language));
        }
        List<VariantRow> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("variant." + i + ".sku"); i++) {
            String row = "variant." + i + ".";
            rows.add(new VariantRow(field(form, row + "id"), field(form, row + "sku"), field(form, row + "size"),
                    field(form, row + "colour"), field(form, row + "price"), field(form, row + "stock"),
                    form.containsKey(row + "remove")));
        }
        return new ProductForm(title, description, field(form, "category"), field(form, "materials"),
                field(form, "technique"), field(form, "hsCode"), field(form, "originCountry"),
                field(form, "weightGrams"), field(form, "leadTimeDays"), field(form, "weeklyCapacity"),
                form.containsKey("oneOfAKind"), rows, care);
    }

    /** Options one per line, as {@code size=120x180}. */
    static String optionLines(Map<String, String> options) {
        return options.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static List<VariantRow> withBlankRows(List<VariantRow> rows) {
        List<VariantRow> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(VariantRow.BLANK);
        }
        return all;
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        return Objects.requireNonNullElse(form.getFirst(name), "").strip();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
