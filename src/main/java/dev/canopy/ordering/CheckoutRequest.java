package dev.canopy.ordering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.canopy.platform.validation.CurrencyCode;

/**
 * The shopper's checkout: who to tell, where to send, which currency to pay in and how: by card
 * (the default where the shop takes cards) or by bank transfer; in which of the brand's languages to
 * write to the shopper (else its first).
 */
public record CheckoutRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Valid ShippingAddress shippingAddress,
        @CurrencyCode String currency,
        @Pattern(regexp = "card|bank_transfer", message = "must be card or bank_transfer") String paymentMethod,
        @Size(max = 35) String language) {
}
