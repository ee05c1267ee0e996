package dev.canopy.portal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.canopy.platform.Money;
import dev.canopy.reporting.ExportSales;

/** The shapes of the sales pages' inline SVG charts, worked out here so the templates only draw them. */
final class SalesCharts {

    /** Rows in a top table. */
    static final int TOP = 10;

    /** A ranked bar: its label and figures, its length as a share of the longest (0–100), where it is drawn. */
    public record Bar(String label, long orders, long units, Money value, String percent, int textY, int barY) {
    }

    /** The bars and the height of the chart that holds them, in pixels. */
    public record BarChart(List<Bar> bars, int height) {
    }

    /** A month's column: x, width and label's centre in percent of the chart, height and top in pixels. */
    public record Column(String month, String label, Money value, String x, String width, String middle, int y,
            int height) {
    }

    /** A row of a top-ten table. */
    public record Top(String name, long orders, long units, Money net) {
    }

    static final int BAR_STEP = 34;
    static final int COLUMN_AREA = 120;

    private SalesCharts() {
    }

    /** The report's rows (net-sorted by the service) as bars, longest first. */
    static BarChart bars(List<Map<String, Object>> rows, String key) {
        long most = rows.stream().mapToLong(r -> net(r).amount()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long amount = net(row).amount();
            double share = most <= 0 ? 0 : Math.max(0, amount) * 100.0 / most;
            int y = bars.size() * BAR_STEP;
            bars.add(new Bar(String.valueOf(row.get(key)), (Long) row.get("orders"), (Long) row.get("units"),
                    net(row), String.format(Locale.ROOT, "%.1f", share), y + 13, y + 18));
        }
        return new BarChart(bars, bars.size() * BAR_STEP);
    }

    /** One column per month of the period, months without sales at zero. */
    static List<Column> months(List<Map<String, Object>> rows, LocalDate from, LocalDate to, String currency) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<String, Money> byMonth = new java.util.HashMap<>();
        rows.forEach(r -> byMonth.put(String.valueOf(r.get("month")), net(r)));
        long most = byMonth.values().stream().mapToLong(Money::amount).max().orElse(0);
        double slot = 100.0 / months.size();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            String month = months.get(i).toString();
            Money value = byMonth.getOrDefault(month, Money.of(0, currency));
            int height = most <= 0 ? 0 : (int) Math.round(Math.max(0, value.amount()) * (double) COLUMN_AREA / most);
            // A lone month is a column, not a wall: at most a tenth of the chart wide
            double width = Math.min(slot * 0.7, 10);
            double middle = i * slot + slot / 2;
            columns.add(new Column(month, month.substring(5), value, percent(middle - width / 2), percent(width),
                    percent(middle), COLUMN_AREA - height, height));
        }
        return columns;
    }

    /** The first ten rows of a report by member or by product, named. */
    static List<Top> top(List<Map<String, Object>> rows, String key) {
        Function<Object, String> name = v -> v instanceof ExportSales.Named n ? (n.name() == null ? n.slug() : n.name())
                : String.valueOf(v);
        return rows.stream().limit(TOP).map(r -> new Top(name.apply(r.get(key)), (Long) r.get("orders"),
                (Long) r.get("units"), net(r))).toList();
    }

    static Money net(Map<String, Object> row) {
        return (Money) row.get("net");
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
