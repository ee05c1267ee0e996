package dev.canopy.testsupport.stripe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stripe's HTTP API for tests: answers stripe-java in Stripe's JSON shapes, records every request,
 * replays idempotent retries like Stripe, and fails, slows down or goes away when a test says so.
 */
public final class StripeStandIn {

    public static final String SECRET_KEY = "sk_test_canopy_standin";
    public static final String WEBHOOK_SECRET = "whsec_canopy_standin";

    /** One request as received: its form parameters (body, or query string) decoded, header names lower-cased. */
    public record Request(String method, String path, Map<String, String> form, Map<String, String> headers) {
    }

    private static StripeStandIn shared;

    private final ExecutorService workers = Executors.newFixedThreadPool(4, runnable -> {
        Thread worker = new Thread(runnable, "stripe-stand-in");
        worker.setDaemon(true);
        return worker;
    });
    private final List<Request> requests = new ArrayList<>();
    private final int port;
    private HttpServer server;
    private StripeApi api;
    private IdempotencyKeys idempotencyKeys = new IdempotencyKeys();
    private int failuresLeft;
    private int failureStatus;
    private volatile Duration delay = Duration.ZERO;
    // answers held back by a slow fault wait on this until their delay passes or the fault is lifted
    private volatile CountDownLatch lifted = new CountDownLatch(0);

    private StripeStandIn() {
        server = listen(0);
        port = server.getAddress().getPort();
        api = new StripeApi(baseUrl());
    }

    public static synchronized StripeStandIn shared() {
        if (shared == null) {
            shared = new StripeStandIn();
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<Request> requests(String method, String pathPrefix) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix)).toList();
    }

    /** Forgets requests, objects, idempotency keys and faults, and comes back up if down. */
    public synchronized void reset() {
        requests.clear();
        api = new StripeApi(baseUrl());
        idempotencyKeys = new IdempotencyKeys();
        failuresLeft = 0;
        slow(Duration.ZERO);
        up();
    }

    /** How many objects with that id prefix exist, e.g. {@code "cs_"}, {@code "tr_"}, {@code "trr_"}, {@code "re_"}. */
    public synchronized int created(String idPrefix) {
        return api.count(idPrefix);
    }

    /** A copy of a stored object as the API answers it (e.g. a checkout session), or null. */
    public synchronized Map<String, Object> object(String id) {
        return api.object(id);
    }

    /** A succeeded payment intent with its charge; answers its id. */
    public synchronized String paymentIntent(long amount, String currency, String transferGroup) {
        return api.paymentIntent(amount, currency, transferGroup);
    }

    /** The charge of a payment intent ({@code latest_charge}); an unknown payment intent is made up on the spot. */
    public synchronized String chargeOf(String paymentIntent) {
        return api.chargeOf(paymentIntent);
    }

    /**
     * The buyer paid an open checkout session by card: it becomes complete and paid, with a new payment
     * intent for its total that carries the session's {@code payment_intent_data[transfer_group]} and
     * {@code payment_intent_data[metadata]}. Answers the session, e.g. for {@link StripeEvents#sessionCompleted}.
     */
    public synchronized Map<String, Object> pay(String sessionId) {
        return api.pay(sessionId);
    }

    /**
     * The next {@code count} requests fail with that status (500: {@code api_error}, 429:
     * {@code rate_limit_error}) before reaching any endpoint, so nothing is created or remembered
     * for their idempotency keys. stripe-java retries 409 and 5xx: each attempt counts.
     */
    public synchronized void failNext(int count, int status) {
        failuresLeft = count;
        failureStatus = status;
    }

    /**
     * Every answer from now on is sent that much later (after the request took effect); ZERO ends it,
     * and answers still held back go at once.
     */
    public synchronized void slow(Duration delay) {
        lifted.countDown();
        lifted = new CountDownLatch(delay.isZero() ? 0 : 1);
        this.delay = delay;
    }

    /** Stops listening: connections are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port, with every object and request kept. */
    public synchronized void up() {
        if (server == null) {
            server = listen(port);
        }
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            listening.setExecutor(workers);
            listening.createContext("/", this::handle);
            listening.start();
            return listening;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = read(exchange);
            Answer answer = answer(request);
            holdBack(delay, lifted);
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Request-Id", StripeObjects.newId("req_"));
            if (answer.replayed()) {
                exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
            }
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private synchronized Answer answer(Request request) {
        requests.add(request);
        if (failuresLeft > 0) {
            failuresLeft--;
            return injectedFailure(failureStatus);
        }
        String authorization = request.headers().get("authorization");
        if (authorization == null || !authorization.startsWith("Bearer sk_")) {
            return Answer.error(401, "invalid_request_error", null, "You did not provide an API key. You need to provide "
                    + "your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
                    null);
        }
        Form form = new Form(request.form());
        String key = request.method().equals("POST") ? request.headers().get("idempotency-key") : null;
        if (key == null) {
            return api.answer(request.method(), request.path(), form);
        }
        Answer replay = idempotencyKeys.replay(key, request.path(), form);
        if (replay != null) {
            return replay;
        }
        Answer answer = api.answer(request.method(), request.path(), form);
        // Stripe keeps no answer to a request it refused as invalid: a corrected retry may reuse the key
        if (answer.succeeded()) {
            idempotencyKeys.remember(key, request.path(), form, answer);
        }
        return answer;
    }

    private static Answer injectedFailure(int status) {
        if (status == 429) {
            return Answer.error(429, "rate_limit_error", "rate_limit",
                    "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
                    null);
        }
        if (status >= 500) {
            return Answer.error(status, "api_error", null, "An unknown error occurred", null);
        }
        return Answer.error(status, "invalid_request_error", null, "Failure injected by the test (" + status + ")", null);
    }

    private static Request read(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Form.decode(exchange.getRequestURI().getRawQuery(), body).params(), Map.copyOf(headers));
    }

    private static void holdBack(Duration delay, CountDownLatch lifted) {
        try {
            lifted.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
