package dev.canopy.testsupport.stripe;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * {@code @TestProfile(WithStripe.class)}: the app talks to the Stripe stand-in, with a short read
 * timeout so that "Stripe slower than the timeout" is quick to show.
 */
public class WithStripe implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("canopy.stripe.read-timeout", "1S", "canopy.stripe.network-retries", "1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StripeStandInResource.class));
    }
}
