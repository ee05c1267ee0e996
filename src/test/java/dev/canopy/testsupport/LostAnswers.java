package dev.canopy.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The process dying between a checkout's commit and its answer: for an Idempotency-Key a test arms,
 * the answer the resource made (its transaction committed) is kept here and never sent; the shopper
 * gets a 500 instead, as a dropped connection would leave them with nothing.
 */
public class LostAnswers {

    private static final Set<String> ARMED = ConcurrentHashMap.newKeySet();
    private static final Map<String, Object> LOST = new ConcurrentHashMap<>();

    /** The next answer to a request with this Idempotency-Key is lost. */
    public static void arm(String idempotencyKey) {
        ARMED.add(idempotencyKey);
    }

    /** What the app had answered when its answer was lost, or null. */
    public static Object lost(String idempotencyKey) {
        return LOST.get(idempotencyKey);
    }

    @ServerResponseFilter
    void loseArmed(ContainerRequestContext request, ContainerResponseContext response) {
        String key = request.getHeaderString("Idempotency-Key");
        if (key != null && ARMED.remove(key)) {
            LOST.put(key, response.getEntity());
            throw new IllegalStateException("The process died after the commit, before answering");
        }
    }
}
