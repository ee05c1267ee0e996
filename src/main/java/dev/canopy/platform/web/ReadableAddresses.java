package dev.canopy.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.canopy.platform.errors.InvalidInput;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every path and query parameter is UTF-8 text without control characters, checked before any
 * resource sees it: decoding would quietly turn invalid bytes into U+FFFD, and PostgreSQL refuses a
 * NUL with an error. Nobody types either, so the request is refused and names the parameter.
 */
class ReadableAddresses {

    private static final String NOT_UTF8 = "is not valid percent-encoded UTF-8";
    private static final String CONTROL = "must not contain control characters";

    @ServerRequestFilter(preMatching = true)
    void refuseUnreadableText(HttpServerRequest request) {
        check("path", request.path(), false);
        String query = request.query();
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = check("query", rawName, true);
            if (equals >= 0) {
                check(name, pair.substring(equals + 1), true);
            }
        }
    }

    /** The decoded text, or a refusal naming {@code field}. */
    private static String check(String field, String raw, boolean query) {
        String text;
        try {
            text = decode(raw, query);
        } catch (CharacterCodingException | IllegalArgumentException unreadable) {
            throw new InvalidInput(field, NOT_UTF8);
        }
        if (PlainText.hasControl(text)) {
            throw new InvalidInput(field, CONTROL);
        }
        return text;
    }

    /** Percent-decoding without forgiveness; characters above ASCII are the request line's raw bytes. */
    private static String decode(String raw, boolean query) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("not a percent escape");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && query) {
                bytes.write(' ');
            } else {
                bytes.write(c & 0xFF);
            }
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
    }
}
