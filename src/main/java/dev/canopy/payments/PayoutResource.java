package dev.canopy.payments;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import io.quarkus.security.Authenticated;

@Path("/api/v1/consortia/{c}/payouts")
@Authenticated
class PayoutResource {

    @Inject
    PayoutLedger ledger;

    @GET
    public ListView<PayoutView> list(@PathParam("c") String c, @QueryParam("member") String member,
            @QueryParam("status") Payout.Status status, @Valid @BeanParam PageRequest page) {
        return ledger.list(member, status, page);
    }

    @POST
    @Path("{id}/mark-paid")
    public PayoutView markPaid(@PathParam("c") String c, @PathParam("id") UUID id,
            @Valid @NotNull PayoutLedger.Payment payment) {
        return ledger.markPaid(id, payment);
    }
}
