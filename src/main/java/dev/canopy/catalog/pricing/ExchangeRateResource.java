package dev.canopy.catalog.pricing;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.canopy.catalog.pricing.ExchangeRates.NewRates;
import dev.canopy.catalog.pricing.ExchangeRates.RateTable;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/exchange-rates")
@Authenticated
class ExchangeRateResource {

    @Inject
    ExchangeRates rates;
    @Inject
    RateFeed feed;

    @GET
    public RateTable table(@PathParam("c") String c) {
        return rates.table();
    }

    @PUT
    public RateTable replace(@PathParam("c") String c, @Valid @NotNull NewRates request) {
        return rates.replace(request);
    }

    /** Fetches the reference feed now; 503 with Retry-After when it fails, the rates in force kept. */
    @POST
    @Path("/refresh")
    public RateTable refresh(@PathParam("c") String c) {
        return feed.refresh();
    }
}
