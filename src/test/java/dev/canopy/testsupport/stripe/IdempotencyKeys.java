package dev.canopy.testsupport.stripe;

import java.util.HashMap;
import java.util.Map;

/**
 * Stripe keeps the first answer to each idempotency key and sends it again to every retry of the
 * same request; reusing a key for another endpoint or other parameters is an {@code idempotency_error}.
 */
final class IdempotencyKeys {

    private record First(String path, Form form, Answer answer) {
    }

    private final Map<String, First> firsts = new HashMap<>();

    /** The answer to a request whose key was seen before, or null for a new key. */
    Answer replay(String key, String path, Form form) {
        First first = firsts.get(key);
        if (first == null) {
            return null;
        }
        if (!first.path().equals(path)) {
            return refusal("Keys for idempotent requests can only be used for the same endpoint they were first used for ('"
                    + first.path() + "' vs '" + path + "'). Try using a key other than '" + key
                    + "' if you meant to execute a different request.");
        }
        if (!first.form().equals(form)) {
            return refusal("Keys for idempotent requests can only be used with the same parameters they were first used with. "
                    + "Try using a key other than '" + key + "' if you meant to execute a different request.");
        }
        return first.answer().asReplay();
    }

    void remember(String key, String path, Form form, Answer answer) {
        firsts.put(key, new First(path, form, answer));
    }

    private static Answer refusal(String message) {
        return Answer.error(400, "idempotency_error", null, message, null);
    }
}
