package dev.canopy.media.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Takes the embedded S3 server away for a test, in one of the two ways storage fails: its port
 * refuses connections, or something on its port accepts them and never answers. Closing brings the
 * real server back on the same port and files.
 */
public final class StorageOutage implements AutoCloseable {

    private final InetSocketAddress address;
    private final ServerSocket silent;
    private final Thread acceptor;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    private StorageOutage(InetSocketAddress address, ServerSocket silent) {
        this.address = address;
        this.silent = silent;
        this.acceptor = new Thread(this::acceptAndSayNothing, "storage-that-never-answers");
        if (silent != null) {
            acceptor.setDaemon(true);
            acceptor.start();
        }
    }

    /** A closed port: every connection is refused at once. */
    public static StorageOutage refusing() throws Exception {
        EmbeddedS3.stop();
        return new StorageOutage(address(), null);
    }

    /** A server that accepts every connection and never sends a byte: a hung storage node. */
    public static StorageOutage hanging() throws Exception {
        EmbeddedS3.stop();
        ServerSocket silent = new ServerSocket();
        silent.setReuseAddress(true);
        silent.bind(address());
        return new StorageOutage(address(), silent);
    }

    @Override
    public void close() throws Exception {
        if (silent != null) {
            silent.close();
            acceptor.join();
            for (Socket socket : held) {
                socket.close();
            }
        }
        awaitFreePort();
        EmbeddedS3.restart();
    }

    private void acceptAndSayNothing() {
        try {
            while (true) {
                held.add(silent.accept());
            }
        } catch (IOException closed) {
            // the outage is over
        }
    }

    // the port is in the ephemeral range: while it was free, another socket of the machine may have taken it for a moment
    private void awaitFreePort() {
        Awaitility.await("storage port " + address.getPort() + " free again").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50)).until(this::portFree);
    }

    private boolean portFree() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(address);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static InetSocketAddress address() {
        URI endpoint = URI.create(ConfigProvider.getConfig().getValue("canopy.storage.endpoint", String.class));
        return new InetSocketAddress(endpoint.getHost(), endpoint.getPort());
    }
}
