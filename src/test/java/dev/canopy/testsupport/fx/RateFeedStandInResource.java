package dev.canopy.testsupport.fx;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Every test app reads its reference rates from the stand-in feed (fetched only when a test asks: the
 * test profile turns the schedule off). Like the Stripe stand-in it keeps running, and each class
 * loader gets its own.
 */
@QuarkusTestResource(value = RateFeedStandInResource.class, restrictToAnnotatedClass = false)
public class RateFeedStandInResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("canopy.fx.feed-url", RateFeedStandIn.shared().url());
    }

    @Override
    public void stop() {
    }
}
