package dev.canopy.testsupport.stripe;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every object the stand-in created, by id, as the JSON maps it answers. */
final class StripeObjects {

    private static final String ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Map<String, Object>> byId = new HashMap<>();

    /** An id in Stripe's style: its prefix (e.g. {@code tr_}) and 24 random letters and digits. */
    static String newId(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 24; i++) {
            id.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    /** A new object with the fields every Stripe object starts with. */
    static Map<String, Object> newObject(String id, String object) {
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("id", id);
        created.put("object", object);
        created.put("created", now());
        created.put("livemode", false);
        return created;
    }

    /** A new object, stored: the caller adds its fields to the stored map. */
    Map<String, Object> create(String id, String object) {
        return store(newObject(id, object));
    }

    Map<String, Object> store(Map<String, Object> object) {
        byId.put((String) object.get("id"), object);
        return object;
    }

    /** The stored object itself (changes to it are kept), or null. */
    Map<String, Object> find(String id) {
        return byId.get(id);
    }

    /** The stored object of that kind, or Stripe's {@code resource_missing} error. */
    Map<String, Object> require(String object, String id, String param, int status) {
        Map<String, Object> found = byId.get(id);
        if (found == null || !object.equals(found.get("object"))) {
            throw StripeFailure.noSuch(object, id, param, status);
        }
        return found;
    }

    int count(String idPrefix) {
        return (int) byId.keySet().stream().filter(id -> id.startsWith(idPrefix)).count();
    }

    /** A copy of the object in which each requested field holding a known id holds that object instead. */
    Map<String, Object> expanded(Map<String, Object> object, List<String> expansions) {
        Map<String, Object> copy = Json.copy(object);
        for (String expansion : expansions) {
            expand(copy, List.of(expansion.split("\\.")));
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private void expand(Map<String, Object> object, List<String> path) {
        Object value = object.get(path.get(0));
        if (value instanceof String id && byId.containsKey(id)) {
            value = Json.copy(byId.get(id));
            object.put(path.get(0), value);
        }
        if (path.size() > 1 && value instanceof Map<?, ?> nested) {
            expand((Map<String, Object>) nested, path.subList(1, path.size()));
        }
    }
}
