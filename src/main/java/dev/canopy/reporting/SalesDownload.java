package dev.canopy.reporting;

import java.util.Arrays;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

/** The report as a file to save: CSV or XLSX, named after the consortium and the period. */
public enum SalesDownload {

    csv("text/csv; charset=UTF-8"),
    xlsx(SalesFiles.XLSX);

    private final String type;

    SalesDownload(String type) {
        this.type = type;
    }

    /** The file of the given name ({@code csv} or {@code xlsx}); empty for anything else. */
    public static Optional<SalesDownload> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
    }

    public Response of(ExportSales.Report report, String consortium) {
        byte[] body = this == csv ? SalesFiles.utf8(SalesFiles.csv(report)) : SalesFiles.xlsx(report, consortium);
        String name = "export-sales-" + consortium + "-" + report.from() + "-" + report.to() + "." + name();
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
