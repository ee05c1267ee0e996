package dev.canopy.fulfilment.papers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.canopy.fulfilment.papers.CustomsProfile.Incoterm;

/**
 * A consortium's customs profile, replaced at once by its manager. Without a sender the papers name
 * the consortium and its home country; the answer always shows the sender that will be printed.
 */
public record CustomsSetup(
        @NotNull Incoterm incoterm,
        @Pattern(regexp = "IM[0-9]{10}", message = "must be IM followed by 10 digits") String iossNumber,
        @Valid Sender sender) {
}
