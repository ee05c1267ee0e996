package dev.canopy.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The days a sales page looks at, as its address names them, and the period of the same length just
 * before it (for the change figures), with the filters and the currency asked. Dates that do not parse
 * fall back to the last full quarter.
 */
public record SalesPeriod(LocalDate from, LocalDate to, String member, String category, String currency) {

    /** A ready-made period, as a link that keeps the page's workshop and category. */
    public record Preset(String key, String href, boolean current) {
    }

    static SalesPeriod of(String from, String to, String member, String category, String currency,
            LocalDate today) {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start == null || end == null) {
            LocalDate[] quarter = lastQuarter(today);
            start = start == null ? quarter[0] : start;
            end = end == null ? quarter[1] : end;
        }
        return new SalesPeriod(start, end, blank(member), blank(category), blank(currency));
    }

    SalesPeriod previous() {
        return new SalesPeriod(from.minusDays(days()), from.minusDays(1), member, category, currency);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    List<Preset> presets(LocalDate today) {
        LocalDate[] quarter = lastQuarter(today);
        return List.of(preset("last30", today.minusDays(29), today), preset("lastQuarter", quarter[0], quarter[1]),
                preset("thisYear", today.withDayOfYear(1), today));
    }

    /** The address's query for this period with the given dates: {@code ?from=…&to=…&member=…}. */
    String query(LocalDate start, LocalDate end) {
        return "?" + Stream.of("from=" + start, "to=" + end, param("member", member), param("category", category),
                param("currency", currency)).filter(p -> !p.isEmpty()).collect(Collectors.joining("&"));
    }

    /** This period's own query, for links that keep every filter (the downloads). */
    public String query() {
        return query(from, to);
    }

    private Preset preset(String key, LocalDate start, LocalDate end) {
        return new Preset(key, query(start, end), start.equals(from) && end.equals(to));
    }

    static LocalDate[] lastQuarter(LocalDate today) {
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        return new LocalDate[] { thisQuarter.minusMonths(3), thisQuarter.minusDays(1) };
    }

    private static String param(String name, String value) {
        return value == null ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
