package dev.canopy.storefront;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A shopper's browser without JavaScript: it keeps the cookies the storefront sets (the cart's among
 * them), sends forms as their buttons do and does not follow redirects, so tests see the 303s.
 */
final class ShopperSession {

    private final Map<String, String> cookies = new HashMap<>();

    RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).accept("text/html")
                .filter((request, response, chain) -> {
                    Response answer = chain.next(request, response);
                    answer.getDetailedCookies().forEach(c -> {
                        if (c.getMaxAge() == 0) {
                            cookies.remove(c.getName());
                        } else {
                            cookies.put(c.getName(), c.getValue());
                        }
                    });
                    return answer;
                });
    }

    Response get(String path, Object... parameters) {
        return request().get(path, parameters);
    }

    Response post(String path, Map<String, ?> fields, Object... parameters) {
        return request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields)
                .post(path, parameters);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void cookie(String name, String value) {
        cookies.put(name, value);
    }

    /** The first group of {@code pattern} in the page at {@code path}: an id or key the page shows. */
    String find(String pattern, String path, Object... parameters) {
        Matcher found = Pattern.compile(pattern).matcher(get(path, parameters).asString());
        if (!found.find()) {
            throw new AssertionError("no " + pattern + " on " + path);
        }
        return found.group(1);
    }
}
