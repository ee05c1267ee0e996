package dev.canopy.payments;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.quarkus.security.Authenticated;

/** A member's payout account: opened (and onboarded) by its artisan or the manager. */
@Path("/api/v1/consortia/{c}/members/{m}/payout-account")
@Authenticated
class PayoutAccountResource {

    @Inject
    PayoutAccounts accounts;

    @POST
    public PayoutAccounts.Onboarding open(@PathParam("c") String c, @PathParam("m") String member) {
        return accounts.open(member);
    }

    @GET
    public PayoutAccounts.State state(@PathParam("c") String c, @PathParam("m") String member) {
        return accounts.state(member);
    }
}
