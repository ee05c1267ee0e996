package dev.canopy.fulfilment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.ordering.OrderService;
import dev.canopy.platform.outbox.Outbox;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;

/** Tells members of new parcels and shoppers of their parcels' progress, through the outbox. */
@ApplicationScoped
class FulfilmentNotices {

    @Inject
    Outbox outbox;
    @Inject
    MemberService members;

    void routed(Fulfilment fulfilment, OrderService.Sold order) {
        MemberView member = members.withIds(List.of(fulfilment.memberId)).get(0);
        if (member.contactEmail() != null) {
            outbox.enqueue(member.contactEmail(), "New order " + order.number() + " for " + member.name(),
                    "Order " + order.number() + " has items from your workshop. Open the portal to accept and "
                            + "ship them.");
        }
    }

    void shipped(Fulfilment fulfilment, OrderService.Sold order) {
        outbox.enqueue(order.email(), "Your order " + order.number() + ": a parcel is on its way",
                "A parcel of order " + order.number() + " was sent with " + fulfilment.carrier + ", tracking number "
                        + fulfilment.trackingNumber + ".");
    }

    void delivered(Fulfilment fulfilment, OrderService.Sold order) {
        outbox.enqueue(order.email(), "Your order " + order.number() + ": a parcel was delivered",
                "A parcel of order " + order.number() + " (" + fulfilment.carrier + " " + fulfilment.trackingNumber
                        + ") was delivered. Thank you for buying from our workshops.");
    }
}
