package dev.canopy.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Mails go out over SMTP to 127.0.0.1:{@link #PORT}, as in production, where a test starts (or does not
 * start) an in-process server; the dispatcher runs only when the test says.
 */
public class RealSmtp implements QuarkusTestProfile {

    public static final int PORT = freePort();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(PORT), "quarkus.scheduler.enabled", "false");
    }

    /** Chosen once per JVM: Quarkus loads this class in two class loaders (profile and test). */
    private static synchronized int freePort() {
        String chosen = System.getProperty("canopy.test.smtp-port");
        if (chosen != null) {
            return Integer.parseInt(chosen);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            System.setProperty("canopy.test.smtp-port", String.valueOf(socket.getLocalPort()));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
