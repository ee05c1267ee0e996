package dev.canopy.tenancy;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.TypeFactory;

import dev.canopy.platform.errors.InvalidInput;

/**
 * Brand and workshop stories, written per language like product texts ({@code {"en": …, "ru": …}}).
 * Clients written before that send one plain text: it is the story in the consortium's first language.
 */
final class Stories {

    /** The key a plain text stands under until the consortium's first language is known. */
    static final String FIRST_LANGUAGE = "";

    private Stories() {
    }

    /** Reads a story as a map of language to text, or a plain text as {@link #FIRST_LANGUAGE}'s. */
    static final class Json extends StdDeserializer<Map<String, String>> {

        Json() {
            super(Map.class);
        }

        @Override
        public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return Map.of(FIRST_LANGUAGE, parser.getText());
            }
            return context.readValue(parser,
                    TypeFactory.defaultInstance().constructMapType(LinkedHashMap.class, String.class, String.class));
        }
    }

    /**
     * The texts to keep, given the new ones: a plain text replaces the first language's only, a map
     * replaces them all; blank texts are no text. Null when nothing is left.
     */
    static Map<String, String> merged(Map<String, String> kept, Map<String, String> given, List<String> languages) {
        given.keySet().stream().filter(l -> !l.equals(FIRST_LANGUAGE) && !languages.contains(l)).findFirst()
                .ifPresent(l -> {
                    throw new InvalidInput("story." + l, "the consortium writes in " + String.join(", ", languages));
                });
        Map<String, String> texts = new LinkedHashMap<>();
        if (given.containsKey(FIRST_LANGUAGE) && kept != null) {
            texts.putAll(kept);
        }
        given.forEach((language, text) -> texts.put(language.equals(FIRST_LANGUAGE) ? languages.get(0) : language,
                text));
        texts.values().removeIf(text -> text == null || text.isBlank());
        return texts.isEmpty() ? null : texts;
    }

    /** A story for views: never null. */
    static Map<String, String> shown(Map<String, String> texts) {
        return texts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}
