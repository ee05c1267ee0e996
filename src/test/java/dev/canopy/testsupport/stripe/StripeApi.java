package dev.canopy.testsupport.stripe;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stripe's endpoints that Canopy uses, answered from the objects created through them. */
final class StripeApi {

    private final StripeObjects objects = new StripeObjects();
    private final Payments payments = new Payments(objects);
    private final CheckoutSessions sessions;
    private final Connect connect;
    private final List<Route> routes;

    StripeApi(String baseUrl) {
        sessions = new CheckoutSessions(objects, payments, baseUrl);
        connect = new Connect(objects, baseUrl);
        routes = List.of(
                new Route("POST", "/v1/checkout/sessions", (id, form) -> sessions.create(form)),
                new Route("GET", "/v1/checkout/sessions/{id}", (id, form) -> stored("checkout.session", id)),
                new Route("GET", "/v1/payment_intents/{id}", (id, form) -> payments.paymentIntent(id)),
                new Route("GET", "/v1/charges/{id}", (id, form) -> stored("charge", id)),
                new Route("POST", "/v1/refunds", (id, form) -> payments.refund(form)),
                new Route("GET", "/v1/refunds/{id}", (id, form) -> stored("refund", id)),
                new Route("POST", "/v1/accounts", (id, form) -> connect.account(form)),
                new Route("GET", "/v1/accounts/{id}", (id, form) -> stored("account", id)),
                new Route("POST", "/v1/account_links", (id, form) -> connect.accountLink(form)),
                new Route("POST", "/v1/transfers", (id, form) -> connect.transfer(form)),
                new Route("GET", "/v1/transfers/{id}", (id, form) -> stored("transfer", id)),
                new Route("POST", "/v1/transfers/{id}/reversals", connect::reversal));
    }

    Answer answer(String method, String path, Form form) {
        try {
            for (Route route : routes) {
                Matcher matcher = route.matcher(method, path);
                if (matcher != null) {
                    String id = matcher.groupCount() > 0 ? matcher.group(1) : null;
                    return Answer.ok(objects.expanded(route.endpoint().apply(id, form), form.expansions()));
                }
            }
            return Answer.error(404, "invalid_request_error", null, "Unrecognized request URL (" + method + ": " + path
                    + "). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.", null);
        } catch (StripeFailure failure) {
            return failure.answer();
        }
    }

    /** A copy of the stored object, or null when there is none. */
    Map<String, Object> object(String id) {
        Map<String, Object> found = objects.find(id);
        return found == null ? null : Json.copy(found);
    }

    int count(String idPrefix) {
        return objects.count(idPrefix);
    }

    String paymentIntent(long amount, String currency, String transferGroup) {
        return (String) payments.createPaymentIntent(amount, currency, transferGroup, Map.of()).get("id");
    }

    String chargeOf(String paymentIntent) {
        return (String) payments.paymentIntent(paymentIntent).get("latest_charge");
    }

    Map<String, Object> pay(String sessionId) {
        return Json.copy(sessions.pay(sessionId));
    }

    private Map<String, Object> stored(String object, String id) {
        return objects.require(object, id, "id", 404);
    }

    /** One endpoint: a method and a path in which {@code {id}} stands for the id it is given. */
    private record Route(String method, Pattern path, BiFunction<String, Form, Map<String, Object>> endpoint) {

        Route(String method, String path, BiFunction<String, Form, Map<String, Object>> endpoint) {
            this(method, Pattern.compile(Pattern.quote(path).replace("{id}", "\\E([^/]+)\\Q")), endpoint);
        }

        Matcher matcher(String requestMethod, String requestPath) {
            Matcher matcher = path.matcher(requestPath);
            return method.equals(requestMethod) && matcher.matches() ? matcher : null;
        }
    }
}
