package dev.canopy.ordering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import jakarta.ws.rs.QueryParam;

import dev.canopy.platform.Countries;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.validation.IsoDates;

/**
 * How a manager finds orders: by number, the shopper's name or e-mail ({@code q}), status,
 * destination country, a workshop with lines in it, and the days placed ({@code from}, {@code to},
 * inclusive, in the consortium's time zone). Every part is optional; a bad one is a 400 naming it.
 */
public class OrderSearch {

    @QueryParam("q")
    public String q;
    @QueryParam("status")
    public String status;
    @QueryParam("country")
    public String country;
    @QueryParam("member")
    public String member;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;

    String text() {
        return blank(q) ? null : q.strip();
    }

    Order.Status status() {
        if (blank(status)) {
            return null;
        }
        return Arrays.stream(Order.Status.values()).filter(s -> s.name().equals(status.strip())).findFirst()
                .orElseThrow(() -> new InvalidInput("status", "is not an order status"));
    }

    String country() {
        if (blank(country)) {
            return null;
        }
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!Countries.isCode(code)) {
            throw new InvalidInput("country", "must be an ISO 3166-1 alpha-2 country code");
        }
        return code;
    }

    String member() {
        return blank(member) ? null : member.strip();
    }

    /** The first moment of {@code from} in the zone, or null. */
    Instant since(ZoneId zone) {
        LocalDate day = date("from", from);
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The first moment after {@code to} in the zone, or null. */
    Instant before(ZoneId zone) {
        LocalDate day = date("to", to);
        LocalDate start = date("from", from);
        if (day != null && start != null && day.isBefore(start)) {
            throw new InvalidInput("to", "must not be before from");
        }
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String field, String value) {
        return blank(value) ? null : IsoDates.parse(field, value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
