package dev.canopy.platform.errors;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.canopy.platform.web.UiLanguage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where exceptions become problem+json; nothing internal reaches the client. */
public class ProblemMapper {

    // a full pool drains within a second; a storage outage takes longer
    private static final int OVERLOAD_RETRY_SECONDS = 1;
    private static final int OUTAGE_RETRY_SECONDS = 30;

    @Inject
    @Location("errors/problem.html")
    Template page;
    @Inject
    UiLanguage language;
    @Inject
    UriInfo uri;
    @Inject
    HttpHeaders headers;
    @Inject
    MeterRegistry registry;

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        Response problem = answer(new Problem("about:blank", e.title(), e.status(), e.getMessage(), e.violations()));
        // an outage passes: a client or crawler told when to come back retries instead of giving up
        if (e instanceof TooManyRequests busy) {
            return retryLater(problem, busy.retryAfterSeconds());
        }
        return e.status() == 503 ? retryLater(problem, OUTAGE_RETRY_SECONDS) : problem;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return answer(new Problem("about:blank", "Invalid input", 400, "The request has invalid fields", violations));
    }

    /** A value of the wrong type or not among the allowed ones, named by its JSON path. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
        return answer(new Problem("about:blank", "Invalid input", 400, "The request has invalid fields",
                List.of(new Problem.Violation(field, "has a value of the wrong type or not among the allowed ones"))));
    }

    /** A query or form parameter not of its type; JAX-RS alone would answer 404 for a query parameter. */
    @ServerExceptionMapper
    public Response parameter(InvalidParameter e) {
        return answer(new Problem("about:blank", "Invalid input", 400, "The request has invalid fields",
                List.of(e.violation())));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return answer(Problem.of(400, "Invalid input", "The request body is not valid JSON for this resource"));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return answer(Problem.of(403, "Forbidden", "Your role may not do this"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request failed with %d", status);
        }
        return answer(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseFaults.unavailable(e)) {
            // Overload or a database restart: shed quickly, the client retries; no stack trace for a known state
            Log.warnf("Database unavailable: %s", e.getMessage());
            return retryLater(answer(Problem.of(503, "Service unavailable", "Too busy right now, please retry shortly")),
                    OVERLOAD_RETRY_SECONDS);
        }
        Log.error("Unexpected failure", e);
        return answer(Problem.of(500, "Internal error", "Something went wrong on our side"));
    }

    private static Response retryLater(Response problem, long seconds) {
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private Response unauthorized() {
        Response problem = answer(Problem.of(401, "Unauthorized", "A valid bearer token is required"));
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    /** API clients get problem+json; a person in a browser gets the same problem as a page. */
    private Response answer(Problem problem) {
        registry.counter("canopy.problems", "status", String.valueOf(problem.status())).increment();
        if (wantsPage()) {
            String html = page.data("problem", problem).setLocale(language.locale()).render();
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private boolean wantsPage() {
        return !uri.getPath().startsWith("/api/")
                && headers.getAcceptableMediaTypes().stream()
                        .anyMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType());
    }

    /**
     * The JSON field name: the last node of the property path, without the method and argument; a
     * map's value is named by its key like a field (rates.USD, not rates[USD].&lt;map value&gt;).
     */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\[([^\\]]*)]\\.<map value>", ".$1");
        String[] nodes = path.split("\\.");
        return nodes.length > 2 ? String.join(".", List.of(nodes).subList(2, nodes.length)) : nodes[nodes.length - 1];
    }
}
