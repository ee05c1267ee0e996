package dev.canopy.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.canopy.platform.web.UiLanguage;
import dev.canopy.reporting.ExportSales;
import dev.canopy.reporting.ExportSalesQuery;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** A workshop's own sales, by month and by destination country (no commission: the report hides it). */
@Path("/portal/consortia/{c}/members/{m}/sales")
@Produces(MediaType.TEXT_HTML)
@Authenticated
class MemberSalesPages {

    @CheckedTemplate(basePath = "portal/reports")
    static class Templates {
        static native TemplateInstance memberSales(String consortium, MemberView member, SalesPeriod period,
                List<SalesPeriod.Preset> presets, ExportSales.Report report, SalesCharts.BarChart countries,
                List<SalesCharts.Column> months);
    }

    @Inject
    ExportSales sales;
    @Inject
    MemberService members;
    @Inject
    UiLanguage language;
    @Inject
    Clock clock;

    @GET
    public TemplateInstance page(@PathParam("c") String c, @PathParam("m") String m, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        MemberView member = members.get(m);
        LocalDate today = LocalDate.now(clock);
        SalesPeriod period = SalesPeriod.of(from, to, null, null, null, today);
        ExportSales.Report report = sales.report(mine(period, member, "country"));
        List<SalesCharts.Column> months = SalesCharts.months(
                sales.rows(mine(period, member, "month")), report.from(), report.to(),
                report.currency());
        return Templates.memberSales(c, member, period, period.presets(today), report,
                SalesCharts.bars(report.rows(), "country"), months).setLocale(language.locale());
    }

    private static ExportSalesQuery mine(SalesPeriod period, MemberView member, String groupBy) {
        ExportSalesQuery query = ExportSalesPages.query(period, groupBy);
        query.member = member.slug();
        return query;
    }
}
