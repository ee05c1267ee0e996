package dev.canopy.payments.stripe;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** CANOPY_STRIPE_*: without a secret key, cards are not offered and everything else works as before. */
@ConfigMapping(prefix = "canopy.stripe")
public interface StripeSettings {

    Optional<String> secretKey();

    Optional<String> webhookSecret();

    /** Stripe's own, unless an operator or a test points every call (Connect included) elsewhere. */
    @WithDefault("https://api.stripe.com")
    String apiBase();

    @WithDefault("3S")
    Duration connectTimeout();

    @WithDefault("5S")
    Duration readTimeout();

    /** stripe-java retries a failed connection, a 409, 429 or 5xx this many times, with the same idempotency key. */
    @WithDefault("2")
    int networkRetries();

    /** How long a Checkout Session can be paid; Stripe takes 30 minutes to 24 hours. */
    @WithDefault("1H")
    Duration checkoutWindow();

    /**
     * Where Checkout's payment pages live: the checkout page's Content-Security-Policy lets its form
     * lead there (platform.web.ContentSecurityPolicy reads it; declared here so the setting is known and checked).
     */
    @WithDefault("https://checkout.stripe.com")
    String checkoutOrigin();
}
