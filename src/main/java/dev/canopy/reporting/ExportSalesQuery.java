package dev.canopy.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.validation.IsoDates;

/** The report's question as the address asks it: a period of paid days, one or two groupings, filters. */
public class ExportSalesQuery {

    /** Five years and a leap day: longer asks the database for more than a dashboard needs. */
    static final long LONGEST_DAYS = 1827;
    static final int MOST_ROWS = 10_000;

    public enum Key {
        country,
        member,
        product,
        category,
        month
    }

    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;
    @QueryParam("groupBy")
    public String groupBy;
    @QueryParam("member")
    public String member;
    @QueryParam("category")
    public String category;
    @QueryParam("currency")
    public String currency;
    /** Only the first rows (largest net first): a dashboard's top ten, not every product sold. */
    @QueryParam("limit")
    public String limit;

    /** The period alone, for reports that take nothing else. */
    static ExportSalesQuery period(String from, String to) {
        ExportSalesQuery query = new ExportSalesQuery();
        query.from = from;
        query.to = to;
        return query;
    }

    LocalDate from() {
        return date("from", from);
    }

    LocalDate to() {
        LocalDate end = date("to", to);
        if (end.isBefore(from())) {
            throw new InvalidInput("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from(), end) + 1 > LONGEST_DAYS) {
            throw new InvalidInput("to", "a period may span at most " + LONGEST_DAYS + " days");
        }
        return end;
    }

    Integer limit() {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        try {
            int rows = Integer.parseInt(limit.strip());
            if (rows >= 1 && rows <= MOST_ROWS) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other number out of range
        }
        throw new InvalidInput("limit", "must be a whole number from 1 to " + MOST_ROWS);
    }

    List<Key> keys() {
        if (groupBy == null || groupBy.isBlank()) {
            return List.of(Key.country);
        }
        List<String> names = Arrays.stream(groupBy.split(",")).map(String::trim).toList();
        if (names.size() > 2) {
            throw new InvalidInput("groupBy", "takes one or two of country, member, product, category, month");
        }
        return names.stream().map(name -> Arrays.stream(Key.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput("groupBy", "does not know " + name
                        + "; one or two of country, member, product, category, month")))
                .distinct().toList();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "is required (an ISO date such as 2026-03-31)");
        }
        return IsoDates.parse(field, value);
    }
}
