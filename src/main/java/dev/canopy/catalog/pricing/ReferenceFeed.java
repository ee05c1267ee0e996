package dev.canopy.catalog.pricing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Fetches the reference rates over HTTP, within the configured timeouts. Never call it inside a transaction. */
@ApplicationScoped
class ReferenceFeed {

    /** The feed gave no usable rates: unreachable, too slow, an error status or not its format. */
    static class Failed extends Exception {
        Failed(String reason) {
            super(reason);
        }
    }

    @Inject
    RateFeedConfig config;

    private HttpClient client;

    boolean configured() {
        return config.feedUrl().isPresent();
    }

    ReferenceRates fetch() throws Failed {
        URI url = config.feedUrl().orElseThrow(() -> new Failed("no feed configured"));
        HttpRequest request = HttpRequest.newBuilder(url).timeout(config.readTimeout())
                .header("Accept", "application/xml, text/xml").GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = client().sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            // The request's timeout covers only the headers: this bounds the body too
            HttpResponse<byte[]> response = answer.get(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw new Failed("the feed answered " + response.statusCode());
            }
            return EcbXml.read(new ByteArrayInputStream(response.body()));
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new Failed("the feed did not answer within " + config.readTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new Failed("the feed could not be reached: " + describe(e.getCause()));
        } catch (EcbXml.Malformed e) {
            throw new Failed("the feed's document is " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted");
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    private static String describe(Throwable cause) {
        String message = cause instanceof IOException && cause.getMessage() != null ? ": " + cause.getMessage() : "";
        return cause.getClass().getSimpleName() + message;
    }
}
