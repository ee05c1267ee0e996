package dev.canopy.ordering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.canopy.platform.validation.CurrencyCode;

/** The shopper's checkout: who to tell, where to send, which currency to pay in. */
public record CheckoutRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotNull @Valid ShippingAddress shippingAddress,
        @CurrencyCode String currency) {
}
