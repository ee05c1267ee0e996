package dev.canopy.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import dev.canopy.platform.Money;

/**
 * The report as files: CSV (RFC 4180, UTF-8, a header row, one row per group, amounts in major units
 * with the currency in its own column) and XLSX (numeric cells with the currency's format, a totals
 * row, the period and currency in the sheet's title).
 */
final class SalesFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> AMOUNTS = List.of("gross", "shipping", "refunds", "net", "commission",
            "memberShare");

    private SalesFiles() {
    }

    static String csv(ExportSales.Report report) {
        StringBuilder out = new StringBuilder();
        line(out, header(report));
        report.rows().forEach(row -> line(out, cells(report, row).stream().map(SalesFiles::text).toList()));
        return out.toString();
    }

    static byte[] xlsx(ExportSales.Report report, String consortium) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(bytes, "Canopy", "1.0");
            Worksheet sheet = book.newWorksheet("Export sales");
            sheet.value(0, 0, "Export sales of " + consortium + ", " + report.from() + " to " + report.to() + ", in "
                    + report.currency());
            List<String> header = header(report);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(2, c, header.get(c));
            }
            int r = 3;
            for (Map<String, Object> row : report.rows()) {
                write(sheet, r++, cells(report, row), report.currency());
            }
            write(sheet, r, cells(report, totalsRow(report)), report.currency());
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> header(ExportSales.Report report) {
        List<String> names = new ArrayList<>();
        for (String key : report.groupBy()) {
            if (key.equals("country") || key.equals("month")) {
                names.add(key);
            } else {
                names.add(key + "Slug");
                names.add(key + "Name");
            }
        }
        names.addAll(List.of("orders", "units"));
        AMOUNTS.stream().filter(a -> !a.equals("commission") || report.totals().commission() != null)
                .forEach(names::add);
        names.add("currency");
        return names;
    }

    /** A row's cells: texts, whole numbers and amounts (as Money), in the header's order. */
    private static List<Object> cells(ExportSales.Report report, Map<String, Object> row) {
        List<Object> cells = new ArrayList<>();
        for (String key : report.groupBy()) {
            Object value = row.get(key);
            if (value instanceof ExportSales.Named named) {
                cells.add(named.slug());
                cells.add(named.name());
            } else if (key.equals("country") || key.equals("month")) {
                cells.add(value);
            } else {
                cells.add(value); // the totals row's label, or nothing for facts without a category
                cells.add(null);
            }
        }
        cells.add(row.get("orders"));
        cells.add(row.get("units"));
        AMOUNTS.stream().filter(a -> !a.equals("commission") || report.totals().commission() != null)
                .forEach(a -> cells.add(row.get(a)));
        cells.add(report.currency());
        return cells;
    }

    private static Map<String, Object> totalsRow(ExportSales.Report report) {
        ExportSales.Figures t = report.totals();
        Map<String, Object> row = new HashMap<>(Map.of("orders", t.orders(), "units", t.units(), "gross",
                t.gross(), "shipping", t.shipping(), "refunds", t.refunds(), "net", t.net(), "memberShare",
                t.memberShare()));
        if (t.commission() != null) {
            row.put("commission", t.commission());
        }
        report.groupBy().stream().findFirst().ifPresent(first -> row.put(first, "Total"));
        return row;
    }

    private static void write(Worksheet sheet, int r, List<Object> cells, String currency) {
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Money money) {
                sheet.value(r, c, major(money));
                sheet.style(r, c).format(format(currency)).set();
            } else if (cell instanceof Number number) {
                sheet.value(r, c, number);
            } else if (cell != null) {
                sheet.value(r, c, cell.toString());
            }
        }
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell instanceof Money money ? major(money).toPlainString() : cell.toString();
    }

    private static BigDecimal major(Money money) {
        return BigDecimal.valueOf(money.amount(), digits(money.currency()));
    }

    private static String format(String currency) {
        int digits = digits(currency);
        return "#,##0" + (digits == 0 ? "" : "." + "0".repeat(digits)) + " \"" + currency + "\"";
    }

    private static int digits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** One CSV record: fields with a comma, quote or line break are quoted, quotes doubled (RFC 4180). */
    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            boolean quoted = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0
                    || f.indexOf('\n') >= 0;
            out.append(i == 0 ? "" : ",").append(quoted ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        out.append("\r\n");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
