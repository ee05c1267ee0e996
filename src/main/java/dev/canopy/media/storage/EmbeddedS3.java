package dev.canopy.media.storage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

import io.quarkus.logging.Log;

/**
 * S3Proxy on the local filesystem for dev mode and tests, kept apart so that production never loads
 * its classes. Quarkus loads this class afresh for its build phase, its run phase and every dev-mode
 * restart, so the one running server is found through the JVM's MBean server, not a static field.
 */
public final class EmbeddedS3 {

    static final String ACCESS_KEY = "canopy-dev";
    static final String SECRET_KEY = "canopy-dev-secret";

    public interface Control {
        String getEndpoint();

        void stop() throws Exception;

        void start() throws Exception;
    }

    private static final MBeanServer MBEANS = ManagementFactory.getPlatformMBeanServer();
    private static final ObjectName NAME = name();

    private EmbeddedS3() {
    }

    /**
     * The running server's endpoint, starting one with its files in the directory if none runs yet; a
     * test run's files go when the JVM exits, dev mode's stay.
     */
    static synchronized String start(Path directory, boolean discardAtExit) {
        try {
            if (MBEANS.isRegistered(NAME)) {
                return (String) MBEANS.getAttribute(NAME, "Endpoint");
            }
            Files.createDirectories(directory);
            URI endpoint = URI.create("http://127.0.0.1:" + freePort());
            S3Proxy server = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(directory.toAbsolutePath().toString()))
                    .endpoint(endpoint)
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            server.start();
            MBEANS.registerMBean(new StandardMBean(new Control() {
                @Override
                public String getEndpoint() {
                    return endpoint.toString();
                }

                @Override
                public void stop() throws Exception {
                    server.stop();
                }

                @Override
                public void start() throws Exception {
                    server.start();
                }
            }, Control.class), NAME);
            if (discardAtExit) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> discard(server, directory)));
            }
            Log.infof("No CANOPY_STORAGE_ENDPOINT; started an embedded S3 server at %s (files in %s)", endpoint,
                    directory);
            return endpoint.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded S3 server in " + directory, e);
        }
    }

    /** Stops the server, as if storage went down; its files stay. */
    public static void stop() throws JMException {
        MBEANS.invoke(NAME, "stop", new Object[0], new String[0]);
    }

    /** Starts the stopped server again on the same port and files. */
    public static void restart() throws JMException {
        MBEANS.invoke(NAME, "start", new Object[0], new String[0]);
    }

    private static void discard(S3Proxy server, Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            server.stop();
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (Exception e) {
            // a test run's folder left under target/ is harmless and named as such
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ObjectName name() {
        try {
            return new ObjectName("dev.canopy:type=EmbeddedS3");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }
}
