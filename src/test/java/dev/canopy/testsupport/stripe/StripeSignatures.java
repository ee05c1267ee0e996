package dev.canopy.testsupport.stripe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The {@code Stripe-Signature} header Stripe puts on a webhook: {@code t=<epoch>,v1=<HMAC-SHA256 hex>}. */
public final class StripeSignatures {

    private StripeSignatures() {
    }

    /** Signed now, so that a verifier with Stripe's 5-minute tolerance accepts it. */
    public static String header(String payload, String secret) {
        return header(payload, secret, Instant.now().getEpochSecond());
    }

    /** Stripe signs {@code "<epoch>.<payload>"} with the endpoint's signing secret (whole, {@code whsec_} included). */
    public static String header(String payload, String secret, long epochSeconds) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = hmac.doFinal((epochSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
