package dev.canopy.storefront;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A shop with Stripe configured while Stripe cannot be reached: its address is a port nobody listens on. */
public class StripeUnreachable implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("canopy.stripe.secret-key", "sk_test_canopy_pages", "canopy.stripe.api-base",
                "http://127.0.0.1:" + closedPort(), "canopy.stripe.network-retries", "0",
                "canopy.stripe.connect-timeout", "1S");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
