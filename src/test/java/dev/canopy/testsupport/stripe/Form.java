package dev.canopy.testsupport.stripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of one request, keyed as Stripe's form encoding flattens them, e.g.
 * {@code line_items[0][price_data][unit_amount]} or {@code expand[0]}.
 */
record Form(Map<String, String> params) {

    private static final Pattern EXPANSION = Pattern.compile("expand\\[\\d*]");

    /** Decodes {@code application/x-www-form-urlencoded} parts (query string, body) into one map. */
    static Form decode(String... encodedParts) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String encoded : encodedParts) {
            if (encoded == null || encoded.isEmpty()) {
                continue;
            }
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return new Form(Collections.unmodifiableMap(params));
    }

    /** The value, or null when absent or empty (Stripe reads an empty value as "unset"). */
    String get(String name) {
        String value = params.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String required(String name) {
        String value = get(name);
        if (value == null) {
            throw StripeFailure.missing(name);
        }
        return value;
    }

    /** An integer amount in the currency's smallest unit, or null when absent. */
    Long amount(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw StripeFailure.notAnInteger(value, name);
        }
    }

    long requiredAmount(String name) {
        required(name);
        return amount(name);
    }

    String currency(String name) {
        String value = get(name);
        return value == null ? null : value.toLowerCase();
    }

    /** The one-level map under a prefix: {@code metadata[order]=7} → {@code {order=7}}; empty values unset a key. */
    Map<String, String> map(String prefix) {
        Pattern entry = Pattern.compile(Pattern.quote(prefix) + "\\[([^\\[\\]]+)]");
        Map<String, String> map = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            Matcher matcher = entry.matcher(name);
            if (matcher.matches() && !value.isEmpty()) {
                map.put(matcher.group(1), value);
            }
        });
        return map;
    }

    boolean hasAny(String prefix) {
        return params.keySet().stream().anyMatch(name -> name.startsWith(prefix));
    }

    /** The fields asked for with {@code expand[0]=…} (or {@code expand[]=…}), dotted paths included. */
    List<String> expansions() {
        List<String> expansions = new ArrayList<>();
        params.forEach((name, value) -> {
            if (EXPANSION.matcher(name).matches()) {
                expansions.add(value);
            }
        });
        return expansions;
    }
}
