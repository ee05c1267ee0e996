package dev.canopy.fulfilment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.ordering.OrderService;
import dev.canopy.ordering.Parcels;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;

/** The parcels of an order, for the order views of ordering. */
@ApplicationScoped
class FulfilmentParcels implements Parcels {

    @Inject
    FulfilmentRepository fulfilments;
    @Inject
    OrderService orders;
    @Inject
    MemberService members;

    @Override
    public List<Parcel> of(UUID orderId) {
        List<Fulfilment> all = fulfilments.ofOrder(orderId);
        if (all.isEmpty()) {
            return List.of();
        }
        OrderService.Sold order = orders.sold(orderId);
        Map<UUID, MemberView> makers = members.withIds(all.stream().map(f -> f.memberId).distinct().toList())
                .stream().collect(Collectors.toMap(MemberView::id, Function.identity()));
        return all.stream().map(f -> FulfilmentView.of(f, order, makers.get(f.memberId))).toList();
    }
}
