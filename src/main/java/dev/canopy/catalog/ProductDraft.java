package dev.canopy.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.canopy.platform.Money;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.validation.CountryCode;
import dev.canopy.platform.validation.PriceLimit;

/**
 * A product as an artisan writes it. On create the texts and at least one variant are required;
 * on PATCH only the fields present change, and {@code variants} replaces the list (matched by id).
 * {@code weeklyCapacity}: the pieces made to order one order line may ask for (0: no limit);
 * {@code care}: how to wash or keep it, per language.
 */
public record ProductDraft(
        @Size(min = 1, max = 10) Map<@NotBlank String, @NotBlank @Size(max = 200) String> title,
        @Size(max = 10) Map<@NotBlank String, @NotNull @Size(max = 10000) String> description,
        @Size(max = 60) String category,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> materials,
        @Size(max = 200) String technique,
        @Pattern(regexp = "[0-9]{6,10}", message = "must be 6 to 10 digits") String hsCode,
        @CountryCode String originCountry,
        @Min(1) @Max(1_000_000) Integer weightGrams,
        @Min(0) @Max(365) Integer leadTimeDays,
        Boolean oneOfAKind,
        @Min(0) @Max(10_000) Integer weeklyCapacity,
        @Size(min = 1, max = 50) List<@Valid @NotNull VariantDraft> variants,
        @Size(max = 10) Map<@NotBlank String, @NotNull @Size(max = 4000) String> care) {

    /** A draft without care instructions: they came later, and most callers leave them as they are. */
    public ProductDraft(Map<String, String> title, Map<String, String> description, String category,
            List<String> materials, String technique, String hsCode, String originCountry, Integer weightGrams,
            Integer leadTimeDays, Boolean oneOfAKind, Integer weeklyCapacity, List<VariantDraft> variants) {
        this(title, description, category, materials, technique, hsCode, originCountry, weightGrams, leadTimeDays,
                oneOfAKind, weeklyCapacity, variants, null);
    }

    public record VariantDraft(
            UUID id,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold letters, digits, dot, dash and underscore") String sku,
            @Size(max = 5) Map<@NotBlank @Size(max = 30) String, @NotBlank @Size(max = 60) String> options,
            @NotNull @Valid @PriceLimit Money price,
            @NotNull @Min(0) @Max(100_000) Integer stock) {
    }

    /** True when a field the brand reviews is present. */
    boolean touchesReviewedFields() {
        return title != null || description != null || care != null || category != null || materials != null
                || technique != null
                || hsCode != null || originCountry != null || weightGrams != null || leadTimeDays != null
                || oneOfAKind != null;
    }

    static void requireForCreate(ProductDraft d) {
        if (d.title() == null || d.variants() == null || d.variants().isEmpty()) {
            throw new InvalidInput("A new product needs a title and at least one variant");
        }
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    static Map<String, String> orEmpty(Map<String, String> values) {
        return values == null ? Map.of() : values;
    }
}
