package dev.canopy.testsupport.stripe;

/** A request Stripe would refuse; thrown by the endpoints and answered as Stripe's error JSON. */
final class StripeFailure extends RuntimeException {

    private final int status;
    private final String code;
    private final String param;

    private StripeFailure(int status, String code, String message, String param) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.param = param;
    }

    static StripeFailure invalid(String message, String param) {
        return new StripeFailure(400, null, message, param);
    }

    static StripeFailure notAnInteger(String value, String param) {
        return new StripeFailure(400, "parameter_invalid_integer", "Invalid integer: " + value, param);
    }

    static StripeFailure missing(String param) {
        return new StripeFailure(400, "parameter_missing", "Missing required param: " + param + ".", param);
    }

    /** An unknown id: 404 when it names the resource in the path, 400 when a parameter refers to it. */
    static StripeFailure noSuch(String object, String id, String param, int status) {
        return new StripeFailure(status, "resource_missing", "No such " + object + ": '" + id + "'", param);
    }

    Answer answer() {
        return Answer.error(status, "invalid_request_error", code, getMessage(), param);
    }
}
