package dev.canopy.reporting;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The period's sales summed per group (orders, units, then gross, shipping, refunds, commission and
 * member share in the report's currency), read from the cheapest table that answers exactly: the
 * daily sums per destination for country and month, the monthly sums per member or per category for
 * the whole months of a report by member or category, else the lines sold. An order counts once per group in each of them, so
 * these add up.
 * In another currency than the base, each order's part of a group converts at the rate in force on
 * its day, half to even, and is then summed: always from the lines sold.
 */
final class SalesSums {

    static final int FIGURES = 7;
    /** The month a fact's day falls in, as the report names it. */
    static final String MONTH = "to_char(day, 'YYYY-MM')";
    /** True for domestic sales: the destination is the consortium's home country. */
    static final String HOME = "country = :home";

    private static final List<String> DAY_COUNTRY = List.of("country", MONTH, HOME);

    /** The monthly sums per member and per category: a rollup answers groupings of its key and the month. */
    private record Monthly(String table, String key) {

        boolean answers(List<String> columns, Filter filter) {
            // A filter on the other key cannot be answered: this rollup does not carry it
            boolean otherFiltered = key.equals("member_id") ? filter.category() != null : filter.member() != null;
            return !otherFiltered && List.of(key, MONTH).containsAll(columns);
        }
    }

    private static final List<Monthly> MONTHLY = List.of(new Monthly("sales_month_member", "member_id"),
            new Monthly("sales_month_category", "category_id"));
    private static final String AMOUNTS = "gross, shipping, refunds, commission, member_share";
    private static final String LINES = "count(distinct order_id) filter (where units > 0) as orders, "
            + "coalesce(sum(units), 0) as units" + sums("coalesce(sum(%s), 0) as %s");
    private static final String ROLLED = "coalesce(sum(orders), 0) as orders, coalesce(sum(units), 0) as units"
            + sums("coalesce(sum(%s), 0) as %s");
    private static final String CONVERTED = "count(*) filter (where o.units > 0) as orders, "
            + "coalesce(sum(o.units), 0) as units" + sums("coalesce(sum(canopy_half_even(o.%s * r.rate * :scale)), 0) as %s");
    /**
     * Each day of the period with its rate: the last set that day or before (days before the first
     * rate use it). One row per day, so orders join it on equality (a join on ranges can only loop).
     */
    private static final String RATES_IN_FORCE = """
            with set_on as (
                select distinct on (day) day, rate from (
                    select (set_at at time zone 'UTC')::date as day, set_at, rate from exchange_rate_history
                     where consortium_id = current_consortium() and currency = :currency) h
                 order by day, set_at desc),
            in_force as (
                select case when day = min(day) over () then '-infinity'::date else day end as since,
                       lead(day, 1, 'infinity'::date) over (order by day) as until, rate from set_on),
            rate_of_day as (
                select d::date as day, rate from in_force,
                       generate_series(greatest(since, :from)::timestamp, least(until - 1, :to)::timestamp,
                                       interval '1 day') d)
            """;

    /** Which facts: the period's, of one member or category if asked, and the home country for the split. */
    record Filter(LocalDate from, LocalDate to, UUID member, UUID category, String home) {

        String where() {
            return " where consortium_id = current_consortium() and day between :from and :to" + narrowed();
        }

        String narrowed() {
            return (member == null ? "" : " and member_id = :member")
                    + (category == null ? "" : " and category_id = :category");
        }
    }

    private final EntityManager em;
    private final RatesInForce rates;
    private final Filter filter;

    SalesSums(EntityManager em, RatesInForce rates, Filter filter) {
        this.em = em;
        this.rates = rates;
        this.filter = filter;
    }

    /** The sums per group, keyed by the values of {@code columns} in their order, sorted by them. */
    Map<List<Object>, long[]> by(List<String> columns) {
        return by(columns, null);
    }

    /** As {@link #by(List)}; with a {@code top}, only that many groups of the largest net (then by key). */
    Map<List<Object>, long[]> by(List<String> columns, Integer top) {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (Object result : query(columns, top).getResultList()) {
            Object[] r = result instanceof Object[] row ? row : new Object[] { result };
            long[] figures = new long[FIGURES];
            for (int i = 0; i < FIGURES; i++) {
                figures[i] = ExportSales.number(r[columns.size() + i]);
            }
            sums.put(new ArrayList<>(Arrays.asList(r).subList(0, columns.size())), figures);
        }
        return sums;
    }

    private Query query(List<String> columns, Integer top) {
        String sql = top == null ? sql(columns)
                : "select * from (" + sql(columns) + ") g order by gross - refunds desc"
                        + (columns.isEmpty() ? "" : ", " + positions(columns.size())) + " limit :top";
        Query query = em.createNativeQuery(sql).setParameter("from", filter.from()).setParameter("to", filter.to());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("member", filter.member());
        values.put("category", filter.category());
        values.put("home", filter.home());
        values.put("currency", rates.currency());
        values.put("scale", rates.scale());
        values.put("top", top);
        Months months = Months.within(filter.from(), filter.to());
        values.put("firstMonth", months.first());
        values.put("lastMonth", months.last());
        values.put("headEnd", months.first().minusDays(1));
        values.put("tailStart", months.last().plusMonths(1));
        values.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private String sql(List<String> columns) {
        if (!rates.identity()) {
            return converted(columns);
        }
        if (filter.member() == null && filter.category() == null && DAY_COUNTRY.containsAll(columns)) {
            return "select " + select(columns) + ROLLED + " from sales_day_country where consortium_id = "
                    + "current_consortium() and day between :from and :to" + grouped(columns);
        }
        if (Months.within(filter.from(), filter.to()).any()) {
            for (Monthly rollup : MONTHLY) {
                if (rollup.answers(columns, filter)) {
                    return monthly(rollup, columns);
                }
            }
        }
        return "select " + select(columns) + LINES + " from sales_fact" + filter.where() + grouped(columns);
    }

    /** Whole months from the monthly sums, the days before and after them from the lines sold. */
    private String monthly(Monthly rollup, List<String> columns) {
        String key = rollup.key();
        return "select " + select(columns) + ROLLED + " from ("
                + "select " + key + ", month as day, orders, units, " + AMOUNTS + " from " + rollup.table()
                + " where consortium_id = current_consortium() and month between :firstMonth and :lastMonth"
                + filter.narrowed() + " union all select " + key + ", date_trunc('month', day)::date as day, " + LINES
                + " from sales_fact where consortium_id = current_consortium() and (day between :from and :headEnd"
                + " or day between :tailStart and :to)" + filter.narrowed() + " group by " + key
                + ", date_trunc('month', day)) s" + grouped(columns);
    }

    /** Each order's part of a group, converted at its day's rate, then summed per group. */
    private String converted(List<String> columns) {
        List<String> keys = IntStream.range(0, columns.size()).mapToObj(i -> "k" + i).toList();
        String aliased = IntStream.range(0, columns.size()).mapToObj(i -> columns.get(i) + " as k" + i)
                .map(c -> c + ", ").collect(Collectors.joining());
        String perOrder = "select " + aliased + "day, order_id, coalesce(sum(units), 0) as units"
                + sums("sum(%s) as %s") + " from sales_fact" + filter.where() + " group by " + positions(columns.size() + 2);
        return RATES_IN_FORCE + "select " + select(keys) + CONVERTED + " from (" + perOrder + ") o"
                + " join rate_of_day r on r.day = o.day" + grouped(keys);
    }

    private static String select(List<String> columns) {
        return columns.stream().map(c -> c + ", ").collect(Collectors.joining());
    }

    /** By position: a column with a parameter (the home country) is a new expression each time it is written. */
    private static String grouped(List<String> columns) {
        String groups = positions(columns.size());
        return columns.isEmpty() ? "" : " group by " + groups + " order by " + groups;
    }

    private static String positions(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    }

    /** Each amount column through {@code format} (given the column's name once or twice), comma-led. */
    private static String sums(String format) {
        return Arrays.stream(AMOUNTS.split(", ")).map(c -> ", " + String.format(format, c, c))
                .collect(Collectors.joining());
    }

    /** The whole months inside a period: the first's and the last's first days. */
    private record Months(LocalDate first, LocalDate last) {

        static Months within(LocalDate from, LocalDate to) {
            return new Months(from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth()),
                    to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to.withDayOfMonth(1)
                            : to.minusMonths(1).withDayOfMonth(1));
        }

        boolean any() {
            return !first.isAfter(last);
        }
    }
}
