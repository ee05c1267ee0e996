package dev.canopy.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the app and a server that a test can cut (every open connection dropped,
 * new ones refused, as during a server restart) and mend again. A test profile and its test run in
 * different class loaders, so the link in use is steered through system properties, and both sides
 * wait on the one object every loader shares, the JVM's property table, for the other to act.
 */
public final class CuttableLink {

    private static final String WANTED = "canopy.test.link.wanted";
    private static final String ACTUAL = "canopy.test.link.actual";
    private static final String CURRENT = "canopy.test.link.current";
    private static final String CUT = "cut";
    private static final String MENDED = "mended";

    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private final int port;

    private CuttableLink(int targetPort) {
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        mend();
    }

    /** Opens the link to the server on that port, once per JVM, and answers the port it listens on. */
    public static synchronized int open(int targetPort) {
        if (System.getProperty(CURRENT) != null) {
            return Integer.parseInt(System.getProperty(CURRENT));
        }
        CuttableLink link = new CuttableLink(targetPort);
        System.setProperty(CURRENT, String.valueOf(link.port));
        System.setProperty(WANTED, MENDED);
        daemon(link::follow);
        return link.port;
    }

    public static void cutTheLink() {
        steer(CUT);
    }

    public static void mendTheLink() {
        steer(MENDED);
    }

    private static void steer(String state) {
        Object signal = System.getProperties();
        synchronized (signal) {
            System.setProperty(WANTED, state);
            signal.notifyAll();
            while (!(state + System.getProperty(CURRENT)).equals(System.getProperty(ACTUAL))
                    && !Thread.currentThread().isInterrupted()) {
                waitOn(signal);
            }
        }
    }

    private void follow() {
        Object signal = System.getProperties();
        synchronized (signal) {
            while (!Thread.currentThread().isInterrupted()) {
                String wanted = System.getProperty(WANTED);
                if (!(wanted + port).equals(System.getProperty(ACTUAL))) {
                    if (CUT.equals(wanted)) {
                        cut();
                    } else {
                        mend();
                    }
                    System.setProperty(ACTUAL, wanted + port);
                    signal.notifyAll();
                }
                waitOn(signal);
            }
        }
    }

    private static void waitOn(Object signal) {
        try {
            signal.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void mend() {
        if (listener != null && !listener.isClosed()) {
            return;
        }
        try {
            listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on " + port, e);
        }
        ServerSocket current = listener;
        daemon(() -> accept(current));
    }

    private synchronized void cut() {
        quietly(listener);
        open.forEach(CuttableLink::quietly);
        open.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(upstream);
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                // cut, or the server refused: the client sees its connection closed
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        daemon(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed
            } finally {
                quietly(from);
                quietly(to);
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "cuttable-link");
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // already closed
        }
    }
}
