package dev.canopy.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.canopy.catalog.Inventory;
import dev.canopy.catalog.ReviewService;
import dev.canopy.fulfilment.FulfilmentService;
import dev.canopy.ordering.Order;
import dev.canopy.ordering.OrderSearch;
import dev.canopy.ordering.OrderService;
import dev.canopy.platform.PageRequest;
import dev.canopy.reporting.ExportSales;
import dev.canopy.reporting.ExportSalesQuery;
import dev.canopy.tenancy.MemberService;
import dev.canopy.tenancy.MemberView;

/**
 * What a manager lands on: what needs doing (products awaiting review, orders awaiting payment,
 * parcels late to ship, stock running out, per workshop) and today's sales (UTC, as the report counts).
 */
@ApplicationScoped
class BrandTasks {

    /** A parcel not shipped this long after its order was paid is late. */
    static final Duration LATE_AFTER = Duration.ofDays(3);
    /** A variant with this many units or fewer is running out. */
    static final int RUNNING_OUT = 2;

    /** One workshop's count of something to do. */
    public record OfMember(String slug, String name, long count) {
    }

    public record Tasks(long reviews, long awaitingPayment, List<OfMember> lateParcels, List<OfMember> runningOut,
            ExportSales.Figures today) {

        public boolean nothing() {
            return reviews == 0 && awaitingPayment == 0 && lateParcels.isEmpty() && runningOut.isEmpty();
        }
    }

    @Inject
    ReviewService reviews;
    @Inject
    OrderService orders;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    Inventory inventory;
    @Inject
    MemberService members;
    @Inject
    ExportSales sales;
    @Inject
    Clock clock;

    Tasks now() {
        OrderSearch awaiting = new OrderSearch();
        awaiting.status = Order.Status.awaiting_payment.name();
        String today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
        ExportSalesQuery todays = new ExportSalesQuery();
        todays.from = today;
        todays.to = today;
        return new Tasks(reviews.pending(PageRequest.of(0, 1)).total(),
                orders.list(awaiting, PageRequest.of(0, 1)).total(), named(fulfilment.lateToShip(LATE_AFTER)),
                named(inventory.runningOut(RUNNING_OUT)), sales.report(todays).totals());
    }

    /** The counts with their workshops' names, most first. */
    private List<OfMember> named(Map<UUID, Long> counts) {
        return members.withIds(List.copyOf(counts.keySet())).stream()
                .map((MemberView m) -> new OfMember(m.slug(), m.name(), counts.get(m.id())))
                .sorted(Comparator.comparingLong(OfMember::count).reversed().thenComparing(OfMember::name)).toList();
    }
}
