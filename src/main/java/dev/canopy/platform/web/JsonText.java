package dev.canopy.platform.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strings in JSON are text PostgreSQL can store: a {@code \u0000} or a lone surrogate, though valid
 * JSON, would fail the write. Stored text never holds them, so reading the database is unaffected.
 */
@Singleton
public class JsonText implements ObjectMapperCustomizer {

    /** A string value or key that may not be stored, and where in the body it is. */
    public static class UnstorableText extends MismatchedInputException {

        private final String field;
        private final String reason;

        UnstorableText(JsonParser parser, String field, String reason) {
            super(parser, field + " " + reason);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("canopy-json-text")
                .addDeserializer(String.class, new StringDeserializer() {
                    @Override
                    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        return storable(parser, super.deserialize(parser, context));
                    }
                })
                .addKeyDeserializer(String.class, new KeyDeserializer() {
                    @Override
                    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                        return storable(context.getParser(), key);
                    }
                }));
    }

    private static String storable(JsonParser parser, String text) throws UnstorableText {
        String reason = text == null ? null : PlainText.unstorable(text);
        if (reason != null) {
            throw new UnstorableText(parser, JsonBodies.field(parser), reason);
        }
        return text;
    }
}
