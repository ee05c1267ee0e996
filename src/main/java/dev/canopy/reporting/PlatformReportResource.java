package dev.canopy.reporting;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.quarkus.security.Authenticated;

/** The operator's sales across every consortium. */
@Path("/api/v1/reports/platform")
@Authenticated
class PlatformReportResource {

    @Inject
    PlatformReport platform;

    @GET
    public PlatformReport.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return platform.report(from, to);
    }
}
