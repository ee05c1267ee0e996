package dev.canopy.reporting;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/**
 * The export-sales report as JSON, or, when the Accept header asks for one of them, as a CSV or XLSX
 * download of the same figures. JSON unless a file is asked for by name (a browser's or a client's
 * "anything" gets JSON).
 */
@Path("/api/v1/consortia/{c}/reports/export-sales")
@Authenticated
class ExportSalesResource {

    private static final String CSV = "text/csv";

    @Inject
    ExportSales sales;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV, SalesFiles.XLSX })
    public Response report(@PathParam("c") String c, @BeanParam ExportSalesQuery query,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ExportSales.Report report = sales.report(query);
        String asked = accept == null ? "" : accept;
        if (asked.contains(SalesFiles.XLSX)) {
            return SalesDownload.xlsx.of(report, c);
        }
        if (asked.contains(CSV)) {
            return SalesDownload.csv.of(report, c);
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
