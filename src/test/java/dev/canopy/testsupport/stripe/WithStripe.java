package dev.canopy.testsupport.stripe;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** {@code @TestProfile(WithStripe.class)}: the app talks to the Stripe stand-in. */
public class WithStripe implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StripeStandInResource.class));
    }
}
