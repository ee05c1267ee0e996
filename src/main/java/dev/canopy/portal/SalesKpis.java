package dev.canopy.portal;

import java.util.List;
import java.util.Locale;

import dev.canopy.platform.Money;
import dev.canopy.reporting.ExportSales;

/** The export dashboard's headline figures, each with its change against the period before. */
final class SalesKpis {

    /** A tile: which figure (a message key), its value, the change as shown (null: none before) and its direction. */
    public record Kpi(String key, String value, String change, String trend) {
    }

    private SalesKpis() {
    }

    static List<Kpi> of(ExportSales.Report now, ExportSales.Report before, String home) {
        Money revenue = now.export().net();
        Money previousRevenue = before.export().net();
        return List.of(
                relative("revenue", PortalExtensions.money(revenue), revenue.amount(), previousRevenue.amount()),
                relative("orders", Long.toString(now.totals().orders()), now.totals().orders(),
                        before.totals().orders()),
                relative("average", PortalExtensions.money(Money.of(average(now), now.currency())), average(now),
                        average(before)),
                relative("countries", Integer.toString(countries(now, home)), countries(now, home), countries(before, home)),
                points(share(now), share(before)));
    }

    /** Export net ÷ export orders, in minor units rounded half up; zero without orders. */
    static long average(ExportSales.Report report) {
        long orders = report.export().orders();
        return orders == 0 ? 0 : Math.round((double) report.export().net().amount() / orders);
    }

    /** Destinations outside the home country that bought in the period (the report is by country). */
    static int countries(ExportSales.Report report, String home) {
        return (int) report.rows().stream().filter(r -> !home.equals(r.get("country"))).count();
    }

    /** Share of export net in total net, as a percentage; zero when nothing was sold. */
    static double share(ExportSales.Report report) {
        long total = report.totals().net().amount();
        return total == 0 ? 0 : report.export().net().amount() * 100.0 / total;
    }

    private static Kpi relative(String key, String value, double now, double before) {
        if (before == 0) {
            // Nothing to compare with: the template says so in words
            return new Kpi(key, value, null, now == 0 ? "flat" : "up");
        }
        double change = (now - before) * 100 / Math.abs(before);
        return new Kpi(key, value, String.format(Locale.ROOT, "%+.1f %%", change), trend(change));
    }

    private static Kpi points(double now, double before) {
        double change = now - before;
        return new Kpi("share", String.format(Locale.ROOT, "%.1f %%", now),
                String.format(Locale.ROOT, "%+.1f pt", change), trend(change));
    }

    private static String trend(double change) {
        return change > 0.05 ? "up" : change < -0.05 ? "down" : "flat";
    }
}
