package dev.canopy.payments.stripe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;

import dev.canopy.payments.PaymentFailed;
import dev.canopy.platform.errors.Unavailable;
import io.quarkus.logging.Log;

/**
 * The one Stripe client, with bounded timeouts and stripe-java's own retries, and the translation of
 * its failures: Stripe unreachable, slow or failing (5xx, 429, our key refused) is a 503 to try again;
 * a request Stripe refuses is a {@link PaymentFailed} with Stripe's reason.
 */
@ApplicationScoped
public class StripeCalls {

    /** A call to Stripe that may fail. */
    public interface Call<T> {
        T call(StripeClient client) throws StripeException;
    }

    @Inject
    StripeSettings settings;

    private volatile StripeClient client;

    public boolean configured() {
        return settings.secretKey().isPresent();
    }

    public <T> T call(String what, Call<T> call) {
        try {
            return call.call(client());
        } catch (ApiConnectionException | ApiException | RateLimitException | AuthenticationException e) {
            Log.warnf("Stripe did not answer %s: %s (%s)", what, e.getClass().getSimpleName(), e.getStripeError() == null
                    ? e.getMessage()
                    : e.getStripeError().getType());
            throw new Unavailable("Card payment is unavailable, try again in a moment");
        } catch (StripeException e) {
            throw new PaymentFailed(what + " refused by Stripe: " + e.getMessage());
        }
    }

    /** Options of a POST: Stripe recognises a retry by its key, derived from the order and the operation. */
    public static RequestOptions once(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private StripeClient client() {
        if (client == null) {
            String key = settings.secretKey().orElseThrow(() -> new Unavailable("Card payment is not set up"));
            client = StripeClient.builder().setApiKey(key).setApiBase(settings.apiBase())
                    .setConnectBase(settings.apiBase()).setFilesBase(settings.apiBase())
                    .setConnectTimeout((int) settings.connectTimeout().toMillis())
                    .setReadTimeout((int) settings.readTimeout().toMillis())
                    .setMaxNetworkRetries(settings.networkRetries()).build();
        }
        return client;
    }
}
