package dev.canopy.fulfilment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.ordering.OrderService;
import dev.canopy.ordering.mail.Parcel;
import dev.canopy.ordering.mail.ShopperMails;
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
    @Inject
    OrderService orders;
    @Inject
    ShopperMails shopperMails;

    void routed(Fulfilment fulfilment, OrderService.Sold order) {
        MemberView member = member(fulfilment);
        if (member.contactEmail() != null) {
            outbox.enqueue(member.contactEmail(), "New order " + order.number() + " for " + member.name(),
                    "Order " + order.number() + " has items from your workshop. Open the portal to accept and "
                            + "ship them.");
        }
    }

    void shipped(Fulfilment fulfilment, OrderService.Sold order) {
        shopperMails.shipped(orders.mailAbout(order.id()), parcel(fulfilment));
    }

    void delivered(Fulfilment fulfilment, OrderService.Sold order) {
        shopperMails.delivered(orders.mailAbout(order.id()), parcel(fulfilment));
    }

    private Parcel parcel(Fulfilment fulfilment) {
        return new Parcel(member(fulfilment).name(), fulfilment.carrier, fulfilment.trackingNumber,
                TrackingLinks.of(fulfilment.carrier, fulfilment.trackingNumber).orElse(null));
    }

    private MemberView member(Fulfilment fulfilment) {
        return members.withIds(List.of(fulfilment.memberId)).get(0);
    }
}
