package dev.canopy.fulfilment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.canopy.identity.Access;
import dev.canopy.ordering.Order;
import dev.canopy.ordering.OrderService;
import dev.canopy.ordering.Parcels.Parcel;
import dev.canopy.platform.ListView;
import dev.canopy.platform.PageRequest;
import dev.canopy.platform.errors.NotFound;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;

/** A member's queue of parcels: accept, ship with tracking, mark delivered; the order follows. */
@ApplicationScoped
public class FulfilmentService {

    public record Shipment(@NotBlank @Size(max = 60) String carrier, @NotBlank @Size(max = 80) String trackingNumber) {
    }

    @Inject
    FulfilmentRepository fulfilments;
    @Inject
    MemberService members;
    @Inject
    OrderService orders;
    @Inject
    FulfilmentNotices notices;
    @Inject
    Event<ParcelShipped> shipped;
    @Inject
    Clock clock;
    @Inject
    Access access;

    /** Per member, its parcels routed longer than {@code after} ago and still not shipped. */
    @Transactional
    public Map<UUID, Long> lateToShip(Duration after) {
        access.requireManager("consortium");
        return fulfilments.notShippedSince(clock.instant().minus(after));
    }

    @Transactional
    public ListView<Parcel> queue(String memberSlug, PageRequest page) {
        MemberView member = members.get(memberSlug);
        return new ListView<>(fulfilments.ofMember(member.id(), page.page, page.size),
                fulfilments.countOfMember(member.id()))
                .map(f -> FulfilmentView.of(f, orders.sold(f.orderId), member));
    }

    @Transactional
    public Parcel accept(String memberSlug, UUID id) {
        MemberView member = members.get(memberSlug);
        Fulfilment f = load(member, id);
        f.accept(clock.instant());
        return FulfilmentView.of(f, orders.sold(f.orderId), member);
    }

    @Transactional
    public Parcel ship(String memberSlug, UUID id, Shipment shipment) {
        MemberView member = members.get(memberSlug);
        Fulfilment f = load(member, id);
        f.ship(shipment.carrier().trim(), shipment.trackingNumber().trim(), clock.instant());
        OrderService.Sold order = orders.sold(f.orderId);
        notices.shipped(f, order);
        shipped.fire(new ParcelShipped(f.id, f.orderId, f.memberId));
        follow(f.orderId, "member:" + member.slug());
        return FulfilmentView.of(f, order, member);
    }

    @Transactional
    public Parcel deliver(String memberSlug, UUID id) {
        MemberView member = members.get(memberSlug);
        Fulfilment f = load(member, id);
        f.deliver(clock.instant());
        OrderService.Sold order = orders.sold(f.orderId);
        notices.delivered(f, order);
        follow(f.orderId, "member:" + member.slug());
        return FulfilmentView.of(f, order, member);
    }

    /** A member's part of an order: what its goods cost the shopper, its share, whether its parcel left. */
    public record Part(UUID fulfilmentId, UUID memberId, long itemsTotal, long memberShare, boolean sent) {
    }

    /** The parts of a paid order, for refunds; call inside its consortium. */
    @Transactional
    public List<Part> parts(UUID orderId) {
        return fulfilments.ofOrder(orderId).stream().map(f -> new Part(f.id, f.memberId, f.itemsTotal, f.memberShare,
                f.status == Fulfilment.Status.shipped || f.status == Fulfilment.Status.delivered)).toList();
    }

    /** One of the member's parcels, for its papers; anyone else's answers 404 like the other member routes. */
    @Transactional
    public Fulfilment parcel(String memberSlug, UUID id) {
        return load(members.get(memberSlug), id);
    }

    /** The order's status from its parcels': all delivered, all sent, some sent. */
    private void follow(UUID orderId, String actor) {
        List<Fulfilment.Status> statuses = fulfilments.ofOrder(orderId).stream().map(f -> f.status).toList();
        boolean allDelivered = statuses.stream().allMatch(s -> s == Fulfilment.Status.delivered);
        boolean allSent = statuses.stream().allMatch(s -> s == Fulfilment.Status.shipped || s == Fulfilment.Status.delivered);
        Order.Status status = allDelivered ? Order.Status.delivered
                : allSent ? Order.Status.shipped : Order.Status.partially_shipped;
        orders.follow(orderId, status, actor);
    }

    private Fulfilment load(MemberView member, UUID id) {
        return fulfilments.ofMember(member.id(), id).orElseThrow(() -> new NotFound("No such fulfilment"));
    }
}
