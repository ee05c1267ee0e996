package dev.canopy.portal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.canopy.testsupport.IssuerAccounts;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A person signed in to the portal through the real code flow, as a browser does it: the portal
 * sends them to the test issuer, its login answers with a code, the portal's callback sets the
 * session cookie. Redirects are not followed, so tests see the portal's 303s.
 */
final class PortalSession {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String CSRF_COOKIE = "canopy-csrf";

    private final Map<String, String> cookies = new HashMap<>();

    private PortalSession() {
    }

    static PortalSession signIn(WireMockServer issuer, IssuerAccounts accounts, String email) {
        accounts.register(email, PASSWORD);
        PortalSession session = new PortalSession();
        Response toIssuer = session.request().get("/portal/");
        assertEquals(302, toIssuer.statusCode(), "the portal sends a stranger to the issuer");
        Map<String, String> asked = query(URI.create(toIssuer.header("Location")));
        Response toCallback = given().redirects().follow(false).baseUri(issuer.baseUrl())
                .queryParam("username", email).queryParam("password", PASSWORD)
                .queryParam("state", asked.get("state")).queryParam("redirect_uri", asked.get("redirect_uri"))
                .get("/login");
        Response signedIn = session.request().urlEncodingEnabled(false).get(toCallback.header("Location"));
        assertEquals(302, signedIn.statusCode(), "the callback signs the person in");
        return session;
    }

    /** A request with the session's cookies; cookies it answers with are kept for the next. */
    RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).accept("text/html")
                .filter((request, response, chain) -> {
                    Response answer = chain.next(request, response);
                    cookies.putAll(answer.getCookies());
                    return answer;
                });
    }

    /** The session's cookies, to hand to a browser. */
    Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    Response get(String path, Object... parameters) {
        return request().get(path, parameters);
    }

    /**
     * Sends a form as the page's button would. The form token is the portal's double-submit kind:
     * the cookie and the field must match, so a session that has not yet seen a form makes its own.
     */
    Response post(String path, Map<String, ?> fields, Object... parameters) {
        cookies.putIfAbsent(CSRF_COOKIE, UUID.randomUUID().toString());
        return request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(fields)
                .formParam("csrf", cookies.get(CSRF_COOKIE)).post(path, parameters);
    }

    /** Sends a photo as the editor's upload form does, with the form token. */
    Response upload(String path, String fileName, byte[] content, String type, Object... parameters) {
        return uploadAs("photos", path, fileName, content, type, parameters);
    }

    /** Sends one file in the form field {@code field}, with the form token. */
    Response uploadAs(String field, String path, String fileName, byte[] content, String type, Object... parameters) {
        cookies.putIfAbsent(CSRF_COOKIE, UUID.randomUUID().toString());
        return request().multiPart(field, fileName, content, type).multiPart("csrf", cookies.get(CSRF_COOKIE))
                .post(path, parameters);
    }

    /** Sends several photos in one form, as a file input with {@code multiple} does, in the map's order. */
    Response upload(String path, Map<String, byte[]> photos, Object... parameters) {
        return multipart(path, Map.of(), photos, parameters);
    }

    /** Sends a multipart form with text fields and the photos chosen in its file input {@code photos}. */
    Response multipart(String path, Map<String, String> fields, Map<String, byte[]> photos, Object... parameters) {
        cookies.putIfAbsent(CSRF_COOKIE, UUID.randomUUID().toString());
        RequestSpecification form = request().multiPart("csrf", cookies.get(CSRF_COOKIE));
        fields.forEach(form::multiPart);
        photos.forEach((name, content) -> form.multiPart("photos", name, content, "image/jpeg"));
        return form.post(path, parameters);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.put(nameValue[0], URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
