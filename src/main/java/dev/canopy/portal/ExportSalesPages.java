package dev.canopy.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.canopy.catalog.CategoryService;
import dev.canopy.identity.Access;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.web.UiLanguage;
import dev.canopy.reporting.ExportSales;
import dev.canopy.reporting.ExportSalesQuery;
import dev.canopy.reporting.SalesDownload;
import dev.canopy.tenancy.ConsortiumService;
import dev.canopy.tenancy.ConsortiumView;
import dev.canopy.tenancy.MemberService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The managers' export dashboard: headline figures against the period before, where the brand sells
 * (by country and by month) and its best workshops and products, in the base currency.
 */
@Path("/portal/consortia/{c}/reports/export-sales")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class ExportSalesPages {

    /** The page's figures: tiles, charts and top tables. */
    public record Dashboard(List<SalesKpis.Kpi> kpis, SalesCharts.BarChart countries,
            List<SalesCharts.Column> months, List<SalesCharts.Top> members, List<SalesCharts.Top> products) {
    }

    @CheckedTemplate(basePath = "portal/reports")
    static class Templates {
        static native TemplateInstance exportSales(ConsortiumView consortium, SalesPeriod period,
                List<SalesPeriod.Preset> presets, Map<String, String> workshops, Map<String, String> categories,
                ExportSales.Report report, Dashboard dashboard, List<String> groupings);
    }

    /** What the downloads may be grouped by, as the report's groupBy says it. */
    private static final List<String> GROUPINGS = List.of("country", "member", "product", "category", "month",
            "country,member", "member,month");

    @Inject
    ExportSales sales;
    @Inject
    Access access;
    @Inject
    ConsortiumService consortia;
    @Inject
    MemberService members;
    @Inject
    CategoryService categoryService;
    @Inject
    UiLanguage language;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance page(@PathParam("c") String c, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("member") String member,
            @QueryParam("category") String category, @QueryParam("currency") String currency) {
        // An artisan asking the report for its own workshop would be answered: this page is the managers' only
        access.requireManager("report");
        ConsortiumView consortium = consortia.current();
        LocalDate today = LocalDate.now(clock);
        SalesPeriod period = SalesPeriod.of(from, to, member, category, currency, today);
        ExportSales.Report report = sales.report(query(period, "country"));
        ExportSales.Report before = sales.report(query(period.previous(), "country"));
        Dashboard dashboard = new Dashboard(SalesKpis.of(report, before, consortium.country()),
                SalesCharts.bars(report.rows(), "country"),
                SalesCharts.months(sales.rows(query(period, "month")), report.from(), report.to(),
                        report.currency()),
                SalesCharts.top(sales.rows(top(period, "member")), "member"),
                SalesCharts.top(sales.rows(top(period, "product")), "product"));
        Map<String, String> workshops = new LinkedHashMap<>();
        members.list(PageRequest.of(0, 500)).items().forEach(m -> workshops.put(m.slug(), m.name()));
        Map<String, String> categories = new LinkedHashMap<>();
        categoryService.forInsiders().forEach(k -> categories.put(k.slug(),
                PortalExtensions.pick(k.name(), language.locale().getLanguage())));
        return Templates.exportSales(consortium, period, period.presets(today), workshops, categories, report,
                dashboard, GROUPINGS).setLocale(language.locale());
    }

    /** The report behind the page as CSV or XLSX, grouped as asked, with the page's filters (whatever is accepted). */
    @GET
    @Path("download")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("c") String c, @QueryParam("format") String format,
            @QueryParam("groupBy") String groupBy, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("member") String member, @QueryParam("category") String category,
            @QueryParam("currency") String currency) {
        access.requireManager("report");
        SalesDownload file = SalesDownload.named(format)
                .orElseThrow(() -> new InvalidInput("format", "is csv or xlsx"));
        SalesPeriod period = SalesPeriod.of(from, to, member, category, currency, LocalDate.now(clock));
        return file.of(sales.report(query(period, groupBy == null ? "country" : groupBy)), c);
    }

    /** The ten groups of largest net: all a top table shows, so all the database is asked for. */
    private static ExportSalesQuery top(SalesPeriod period, String groupBy) {
        ExportSalesQuery query = query(period, groupBy);
        query.limit = Integer.toString(SalesCharts.TOP);
        return query;
    }

    static ExportSalesQuery query(SalesPeriod period, String groupBy) {
        ExportSalesQuery query = new ExportSalesQuery();
        query.from = period.from().toString();
        query.to = period.to().toString();
        query.groupBy = groupBy;
        query.member = period.member();
        query.category = period.category();
        query.currency = period.currency();
        return query;
    }
}
