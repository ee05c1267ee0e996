package dev.canopy.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.canopy.catalog.Product;
import dev.canopy.catalog.ProductDraft;
import dev.canopy.catalog.ProductView;
import dev.canopy.catalog.ProductView.VariantView;
import dev.canopy.platform.Money;
import dev.canopy.portal.ProductForm.VariantRow;

/** The editor's form read into the catalog's draft: prices in major units, options, and only real changes. */
class ProductDraftsTest {

    @Test
    void pricesTypedInMajorUnitsBecomeExactMinorUnits() {
        assertEquals(OptionalLong.of(24050), MajorUnits.parse("240.50", "EUR"));
        assertEquals(OptionalLong.of(24050), MajorUnits.parse("240,5", "EUR"));
        assertEquals(OptionalLong.of(120000), MajorUnits.parse("1 200", "EUR"));
        assertEquals(OptionalLong.of(19), MajorUnits.parse("0.19", "USD"));
        assertEquals(OptionalLong.of(2400), MajorUnits.parse("2400", "JPY"));
        assertEquals(OptionalLong.of(1500), MajorUnits.parse("1.500", "KWD"));
        assertEquals("240.50", MajorUnits.of(24050, "EUR"));
        assertEquals("2400", MajorUnits.of(2400, "JPY"));
    }

    @Test
    void aPriceWithMoreDecimalsThanTheCurrencyHasOrNoNumberIsRefusedNotRounded() {
        assertTrue(MajorUnits.parse("240.505", "EUR").isEmpty());
        assertTrue(MajorUnits.parse("2400.5", "JPY").isEmpty());
        assertTrue(MajorUnits.parse("-5", "EUR").isEmpty());
        assertTrue(MajorUnits.parse("two hundred", "EUR").isEmpty());
        assertTrue(MajorUnits.parse("", "EUR").isEmpty());
    }

    @Test
    void aNewProductCarriesEveryFieldWithSizeAndColourAsOptionsAndSkipsTheBlankRow() {
        ProductDraft draft = ProductDrafts.create(form("Kilim", List.of(
                new VariantRow("", "KILIM-1", "120x180", "madder red", "240.50", "3", false),
                VariantRow.BLANK)), "EUR");

        assertEquals(Map.of("en", "Kilim", "ru", "Килим"), draft.title());
        assertEquals(List.of("wool", "natural dyes"), draft.materials());
        assertEquals("570110", draft.hsCode());
        assertEquals(1200, draft.weightGrams());
        assertEquals(1, draft.variants().size());
        assertEquals(Map.of("size", "120x180", "colour", "madder red"), draft.variants().get(0).options());
        assertEquals(Money.of(24050, "EUR"), draft.variants().get(0).price());
        assertEquals(3, draft.variants().get(0).stock());
        assertEquals(0, draft.weeklyCapacity());
    }

    @Test
    void unreadableFieldsAreAllReportedWithTheirVariantRow() {
        FormRejected refused = assertThrows(FormRejected.class, () -> ProductDrafts.create(form("Kilim", List.of(
                new VariantRow("", "A", "", "", "12.345", "many", false))), "EUR"));

        assertEquals(List.of(FieldError.of("price", 1, "price"), FieldError.of("stock", 1, "stock")), refused.errors);
    }

    @Test
    void optionsTheTableHasNoColumnForAreKeptAndAClearedSizeIsDropped() {
        UUID variant = UUID.randomUUID();
        ProductView was = withOptions(published(variant), Map.of("size", "120x180", "pile", "low"));
        ProductForm typed = form("Kilim", List.of(new VariantRow(variant.toString(), "KILIM-1", "", "indigo",
                "240.50", "3", false)));

        ProductDraft change = ProductDrafts.change(typed, was, "EUR");

        assertEquals(Map.of("colour", "indigo", "pile", "low"), change.variants().get(0).options());
    }

    @Test
    void weeklyCapacityIsSentOnlyWhenChangedAndZeroClearsIt() {
        UUID variant = UUID.randomUUID();
        ProductForm unchanged = form("Kilim", List.of(new VariantRow(variant.toString(), "KILIM-1", "120x180", "",
                "240.50", "3", false)));
        assertNull(ProductDrafts.change(unchanged, published(variant), "EUR").weeklyCapacity());

        ProductForm four = withCapacity(unchanged, "4");
        assertEquals(4, ProductDrafts.change(four, published(variant), "EUR").weeklyCapacity());
        ProductView limited = withCapacity(published(variant), 4);
        assertEquals(0, ProductDrafts.change(withCapacity(unchanged, ""), limited, "EUR").weeklyCapacity());
        assertThrows(FormRejected.class, () -> ProductDrafts.change(withCapacity(unchanged, "a few"), limited, "EUR"));
    }

    @Test
    void savingNewPricesAndStockCarriesTheVariantsAndNoUnchangedText() {
        UUID variant = UUID.randomUUID();
        ProductView published = published(variant);
        ProductForm typed = form("Kilim", List.of(new VariantRow(variant.toString(), "KILIM-1", "120x180", "",
                "260", "1", false), VariantRow.BLANK));

        ProductDraft change = ProductDrafts.change(typed, published, "EUR");

        assertNull(change.title());
        assertNull(change.description());
        assertNull(change.materials());
        assertNull(change.hsCode());
        assertNull(change.oneOfAKind());
        assertEquals(variant, change.variants().get(0).id());
        assertEquals(Money.of(26000, "EUR"), change.variants().get(0).price());
    }

    @Test
    void aChangedTitleIsCarriedAndARemovedVariantLeftOut() {
        UUID variant = UUID.randomUUID();
        ProductForm typed = form("Pamir kilim", List.of(new VariantRow(variant.toString(), "KILIM-1", "", "", "1", "1",
                true), new VariantRow("", "KILIM-2", "", "", "5", "2", false)));

        ProductDraft change = ProductDrafts.change(typed, published(variant), "EUR");

        assertEquals(Map.of("en", "Pamir kilim", "ru", "Килим"), change.title());
        assertEquals(List.of("KILIM-2"), change.variants().stream().map(ProductDraft.VariantDraft::sku).toList());
    }

    private static ProductForm form(String titleEn, List<VariantRow> rows) {
        return new ProductForm(Map.of("en", titleEn, "ru", "Килим"), Map.of("en", "Wool", "ru", " "), "",
                "wool, natural dyes", "hand-knotted", "570110", "tj", "1200", "", "", false, rows, Map.of());
    }

    private static ProductForm withCapacity(ProductForm f, String capacity) {
        return new ProductForm(f.title(), f.description(), f.category(), f.materials(), f.technique(), f.hsCode(),
                f.originCountry(), f.weightGrams(), f.leadTimeDays(), capacity, f.oneOfAKind(), f.variants(), f.care());
    }

    private static ProductView withCapacity(ProductView p, Integer capacity) {
        return new ProductView(p.id(), p.member(), p.status(), p.live(), p.title(), p.description(), p.category(),
                p.materials(), p.technique(), p.hsCode(), p.originCountry(), p.weightGrams(), p.leadTimeDays(),
                p.oneOfAKind(), p.images(), p.variants(), p.rejectionReason(), p.updatedAt(), capacity, p.care());
    }

    private static ProductView withOptions(ProductView p, Map<String, String> options) {
        VariantView v = p.variants().get(0);
        return new ProductView(p.id(), p.member(), p.status(), p.live(), p.title(), p.description(), p.category(),
                p.materials(), p.technique(), p.hsCode(), p.originCountry(), p.weightGrams(), p.leadTimeDays(),
                p.oneOfAKind(), p.images(),
                List.of(new VariantView(v.id(), v.sku(), options, v.price(), v.stock(), v.livePrice(), false)),
                p.rejectionReason(), p.updatedAt(), p.weeklyCapacity(), p.care());
    }

    private static ProductView published(UUID variant) {
        return new ProductView(UUID.randomUUID(), "pamir", Product.Status.published, true,
                Map.of("en", "Kilim", "ru", "Килим"), Map.of("en", "Wool"), null, List.of("wool", "natural dyes"),
                "hand-knotted", "570110", "TJ", 1200, null, false, List.of(),
                List.of(new VariantView(variant, "KILIM-1", Map.of("size", "120x180"), Money.of(24050, "EUR"), 3,
                        Money.of(24050, "EUR"), false)),
                null, Instant.now(), null, Map.of());
    }
}
