package dev.canopy.fulfilment;

import java.util.List;

import dev.canopy.ordering.OrderService;
import dev.canopy.ordering.Parcels;
import dev.canopy.platform.Money;
import dev.canopy.tenancy.MemberView;

/** A fulfilment with its lines, as its member, the manager and the shopper see it. */
final class FulfilmentView {

    private FulfilmentView() {
    }

    static Parcels.Parcel of(Fulfilment f, OrderService.Sold order, MemberView member) {
        List<Parcels.Line> lines = order.lines().stream().filter(l -> l.memberId.equals(f.memberId))
                .map(l -> new Parcels.Line(l.sku, l.title, l.quantity, Money.of(l.lineTotal, order.currency())))
                .toList();
        return new Parcels.Parcel(f.id, order.number(), new Parcels.Member(member.slug(), member.name()),
                f.status.name(), lines, order.shippingAddress(), f.carrier, f.trackingNumber,
                Money.of(f.memberShare, f.currency));
    }
}
