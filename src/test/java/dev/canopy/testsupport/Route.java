package dev.canopy.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One API route as a row of a table-driven test: a verb, a path template with {@code {c}} (consortium
 * slug) and perhaps {@code {m}} (member slug), and a valid body made afresh for every call.
 */
public record Route(String method, String path, Supplier<Map<String, ?>> body) {

    public static Route get(String path) {
        return new Route("GET", path, null);
    }

    public static Route post(String path, Supplier<Map<String, ?>> body) {
        return new Route("POST", path, body);
    }

    public static Route put(String path, Supplier<Map<String, ?>> body) {
        return new Route("PUT", path, body);
    }

    public static Route patch(String path, Supplier<Map<String, ?>> body) {
        return new Route("PATCH", path, body);
    }

    /** True when the route belongs to one member, so that member's artisans are the rightful callers. */
    public boolean ofMember() {
        return path.contains("{m}");
    }

    /** Calls the route for consortium {@code c} and, when the route has one, member {@code m}. */
    public Response call(RequestSpecification caller, String c, String m) {
        Map<String, Object> params = new HashMap<>();
        params.put("c", c);
        if (ofMember()) {
            params.put("m", m);
        }
        RequestSpecification request = body == null ? caller : caller.body(body.get());
        return request.pathParams(params).request(method, path);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
