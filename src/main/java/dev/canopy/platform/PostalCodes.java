package dev.canopy.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a postal code is one the post of its country accepts, after the format tables in
 * {@code platform/postal-codes.tsv} (Google's libaddressinput data). A carrier's label or a customs
 * paper with a code the post does not know is returned to sender, so addresses are checked on entry.
 */
public final class PostalCodes {

    private record Format(Pattern pattern, String example) {
    }

    private static final Map<String, Format> FORMATS = load();

    private PostalCodes() {
    }

    /** The code as the post writes it: upper case, single spaces, nothing around. */
    public static String normal(String code) {
        return code == null ? null : code.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** A code the post of {@code country} uses, to show how they look; empty where no format is known. */
    public static Optional<String> example(String country) {
        return Optional.ofNullable(FORMATS.get(country)).map(Format::example).filter(e -> !e.isEmpty());
    }

    /**
     * Why {@code code} cannot be a postal code in {@code country}, or empty when it can. A blank code is
     * not judged here (whether one is needed is {@link Countries#usesPostalCodes}); where no format is
     * known any code is taken, except in countries that have none.
     */
    public static Optional<String> refusal(String country, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Format format = FORMATS.get(country);
        if (format == null) {
            return Countries.usesPostalCodes(country) ? Optional.empty()
                    : Optional.of("addresses in " + country + " have no postal code; leave it empty");
        }
        if (format.pattern().matcher(normal(code)).matches()) {
            return Optional.empty();
        }
        return Optional.of("is not a postal code of " + country
                + example(country).map(e -> " (they look like " + e + ")").orElse(""));
    }

    /** As {@link #refusal}, and also refused when blank in a country whose post needs a code: for addresses. */
    public static Optional<String> refusalOfAddress(String country, String code) {
        if ((code == null || code.isBlank()) && Countries.usesPostalCodes(country)) {
            return Optional.of("is required for addresses in " + country);
        }
        return refusal(country, code);
    }

    private static Map<String, Format> load() {
        try (var in = PostalCodes.class.getResourceAsStream("/platform/postal-codes.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#")).map(line -> line.split("\t", -1))
                    .collect(Collectors.toUnmodifiableMap(row -> row[0],
                            row -> new Format(Pattern.compile(row[1]), row[2])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
