package dev.canopy.platform.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;

import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.PayloadTooLarge;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * JSON request bodies: at most {@code canopy.web.max-json-size} (uploads, being multipart, keep
 * their own limit), and a body that is not JSON is refused naming where it broke, not as a bare 400.
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    private final long limit;

    JsonBodies(@ConfigProperty(name = "canopy.web.max-json-size", defaultValue = "1M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    /** Read past the limit; an IOException, so Jackson passes it on unwrapped. */
    static class TooLarge extends IOException {
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        context.setInputStream(bounded(context.getInputStream()));
        try {
            return context.proceed();
        } catch (IOException | WebApplicationException e) {
            if (cause(e, TooLarge.class) != null) {
                throw new PayloadTooLarge("A JSON body may be at most " + limit / 1024 + " KB");
            }
            JsonText.UnstorableText text = cause(e, JsonText.UnstorableText.class);
            if (text != null) {
                throw new InvalidInput(text.field(), text.reason());
            }
            JsonProcessingException unreadable = cause(e, JsonProcessingException.class);
            if (e instanceof WebApplicationException && unreadable != null) {
                String field = unreadable.getProcessor() instanceof JsonParser parser ? field(parser) : "body";
                throw new InvalidInput(field, cause(e, InputCoercionException.class) != null
                        ? "is a number out of range"
                        : "is not valid JSON in UTF-8");
            }
            throw e;
        }
    }

    /** Where the parser is, as the problem names fields: {@code shippingAddress.name}, {@code lines[0]}. */
    static String field(JsonParser parser) {
        String path = "";
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            String step = at.inArray() ? "[" + Math.max(0, at.getCurrentIndex()) + "]" : at.getCurrentName();
            if (step != null) {
                path = path.isEmpty() || path.startsWith("[") ? step + path : step + "." + path;
            }
        }
        return path.isEmpty() ? "body" : path;
    }

    private InputStream bounded(InputStream body) {
        return new FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) throws TooLarge {
                read += n;
                if (read > limit) {
                    throw new TooLarge();
                }
            }
        };
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
