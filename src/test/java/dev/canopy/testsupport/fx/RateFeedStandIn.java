package dev.canopy.testsupport.fx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The ECB's daily reference-rate feed for tests (this machine has no internet): serves
 * eurofxref-daily.xml documents the test writes, or fails the way a test says.
 */
public final class RateFeedStandIn {

    /** How the next fetches go. */
    public enum Mode {
        SERVE,
        SERVER_ERROR,
        MALFORMED,
        SLOW,
        DOWN
    }

    private static RateFeedStandIn shared;

    private final HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile Mode mode = Mode.SERVE;
    /** A slow answer hangs on this until the test moves the feed on (or a minute, so nothing is left behind). */
    private volatile CountDownLatch held = new CountDownLatch(1);
    private volatile String document = ecb("2026-12-01", Map.of("USD", "1.25"));

    private RateFeedStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A slow answer must not hold up the next fetch
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread worker = new Thread(runnable, "rate-feed-stand-in");
            worker.setDaemon(true);
            return worker;
        }));
        server.createContext("/eurofxref-daily.xml", this::answer);
        server.start();
    }

    public static synchronized RateFeedStandIn shared() {
        if (shared == null) {
            shared = new RateFeedStandIn();
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/eurofxref-daily.xml";
    }

    /** Serves the ECB's document of that day, with these units per euro. */
    public void serve(String date, Map<String, String> perEuro) {
        document = ecb(date, perEuro);
        fail(Mode.SERVE);
    }

    public void fail(Mode how) {
        held.countDown();
        held = new CountDownLatch(1);
        mode = how;
    }

    public int fetches() {
        return fetches.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        fetches.incrementAndGet();
        switch (mode) {
            case SERVER_ERROR -> send(exchange, 500, "Internal Server Error");
            case MALFORMED -> send(exchange, 200, "<gesmes:Envelope><Cube><Cube time=\"2026-12-02\"><Cube currency=");
            case SLOW -> {
                hold(held);
                send(exchange, 200, document);
            }
            case DOWN -> exchange.close();
            default -> send(exchange, 200, document);
        }
    }

    private static void hold(CountDownLatch until) {
        try {
            until.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The document as the ECB publishes it, namespaces and all. */
    private static String ecb(String date, Map<String, String> perEuro) {
        String cubes = perEuro.entrySet().stream()
                .map(e -> "\t\t\t<Cube currency='" + e.getKey() + "' rate='" + e.getValue() + "'/>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                	<gesmes:subject>Reference rates</gesmes:subject>
                	<gesmes:Sender>
                		<gesmes:name>European Central Bank</gesmes:name>
                	</gesmes:Sender>
                	<Cube>
                		<Cube time='%s'>
                %s
                		</Cube>
                	</Cube>
                </gesmes:Envelope>
                """
                .formatted(date, cubes);
    }
}
