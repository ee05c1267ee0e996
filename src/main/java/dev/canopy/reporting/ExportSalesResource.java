package dev.canopy.reporting;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/reports/export-sales")
@Authenticated
class ExportSalesResource {

    @Inject
    ExportSales sales;

    @GET
    public ExportSales.Report report(@PathParam("c") String c, @BeanParam ExportSalesQuery query) {
        return sales.report(query);
    }
}
