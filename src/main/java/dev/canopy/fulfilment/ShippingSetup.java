package dev.canopy.fulfilment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A consortium's whole shipping configuration, replaced at once by its manager. Amounts are in the
 * base currency's minor units; a rate without a member is the default for every member (and the hub).
 */
public record ShippingSetup(@NotNull ShippingPolicy.Model model, @NotNull @Size(max = 50) List<@Valid @NotNull Zone> zones) {

    public record Zone(@NotBlank @Size(max = 80) String name,
            @NotEmpty List<@NotNull @Pattern(regexp = "\\*|[A-Z]{2}", message = "must be an ISO country code or *") String> countries,
            @NotEmpty List<@Valid @NotNull Rate> rates, @Min(1) @Max(365) Integer minDays,
            @Min(1) @Max(365) Integer maxDays) {

        /** Both days or neither, the first not after the second. */
        @JsonIgnore
        @AssertTrue(message = "needs both minDays and maxDays, minDays not after maxDays")
        public boolean isDeliveryDays() {
            return minDays == null ? maxDays == null : maxDays != null && minDays <= maxDays;
        }
    }

    /** 1,000,000.00 in the base currency's minor units: a parcel's charge stays far inside a long. */
    static final long MAX_FEE = 100_000_000;

    public record Rate(String member,
            @NotNull @Min(0) @Max(value = MAX_FEE, message = "must be at most 1,000,000.00") Long perParcel,
            @NotNull @Min(0) @Max(value = MAX_FEE, message = "must be at most 1,000,000.00") Long perKg) {
    }
}
