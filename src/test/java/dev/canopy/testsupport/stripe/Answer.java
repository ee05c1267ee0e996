package dev.canopy.testsupport.stripe;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the stand-in answers to one request: a status and a JSON body. */
record Answer(int status, String body, boolean replayed) {

    static Answer ok(Map<String, Object> object) {
        return new Answer(200, Json.write(object), false);
    }

    /** Stripe's error shape: {@code {"error":{"type":…,"code":…,"message":…,"param":…}}}, absent keys left out. */
    static Answer error(int status, String type, String code, String message, String param) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        if (code != null) {
            error.put("code", code);
        }
        error.put("message", message);
        if (param != null) {
            error.put("param", param);
        }
        return new Answer(status, Json.write(Map.of("error", error)), false);
    }

    /** The same answer sent again for a repeated idempotency key; Stripe marks it with a header. */
    Answer asReplay() {
        return new Answer(status, body, true);
    }

    boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
