package dev.canopy.testsupport.stripe;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the app at the shared Stripe stand-in, with the keys the stand-in and the test signatures use. */
public class StripeStandInResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("canopy.stripe.api-base", StripeStandIn.shared().baseUrl(),
                "canopy.stripe.checkout-origin", StripeStandIn.shared().baseUrl(),
                "canopy.stripe.secret-key", StripeStandIn.SECRET_KEY,
                "canopy.stripe.webhook-secret", StripeStandIn.WEBHOOK_SECRET);
    }

    /**
     * The stand-in keeps running. Quarkus starts this resource in the class loader of the test classes
     * it serves (checked on 3.34.1), so their {@code StripeStandIn.shared()} is the server the app talks
     * to; each test profile gets a class loader, and so a stand-in, of its own.
     */
    @Override
    public void stop() {
    }
}
