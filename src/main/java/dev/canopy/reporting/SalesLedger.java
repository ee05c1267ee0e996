package dev.canopy.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.canopy.fulfilment.ParcelRouted;
import dev.canopy.ordering.OrderLine;
import dev.canopy.ordering.OrderService;
import dev.canopy.payments.Refunds;
import dev.canopy.platform.Ids;
import dev.canopy.tenancy.ConsortiumService;

/**
 * Writes the report's facts in the transaction that pays or refunds, so a report is never behind.
 * Each line's figures are taken into the base currency at the order's frozen rate (half-even);
 * a member's shipping is the order's split by goods, its share split over its lines, both by
 * largest remainder, so the lines add up to the order and to the frozen member share exactly.
 */
@ApplicationScoped
class SalesLedger {

    private static final String INSERT = """
            insert into sales_fact (consortium_id, id, day, order_id, country, member_id, product_id, category_id,
                                    units, gross, shipping, refunds, commission, member_share)
            values (current_consortium(), :id, :day, :order, :country, :member, :product,
                    (select category_id from product where id = :product), :units, :gross, :shipping, :refunds,
                    :commission, :share)""";

    /** One line's figures, in the order's currency. */
    private record Figures(OrderLine line, int units, long gross, long shipping, long refunds, long commission,
            long share) {
    }

    @Inject
    OrderService orders;
    @Inject
    ConsortiumService consortia;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    void sold(@Observes ParcelRouted parcel) {
        OrderService.Sold order = orders.sold(parcel.orderId());
        List<UUID> members = order.lines().stream().map(l -> l.memberId).distinct().sorted(Comparator.naturalOrder())
                .toList();
        Map<UUID, Long> goods = order.lines().stream()
                .collect(Collectors.groupingBy(l -> l.memberId, Collectors.summingLong(l -> l.lineTotal)));
        long shipping = Shares.split(order.shippingTotal(), members.stream().map(goods::get).toList())[members
                .indexOf(parcel.memberId())];
        List<OrderLine> lines = order.lines().stream().filter(l -> l.memberId.equals(parcel.memberId())).toList();
        List<Long> weights = lines.stream().map(l -> l.lineTotal).toList();
        long[] shippingOf = Shares.split(shipping, weights);
        long[] shareOf = Shares.split(parcel.memberShare(), weights);
        for (int i = 0; i < lines.size(); i++) {
            OrderLine l = lines.get(i);
            write(order, new Figures(l, l.quantity, l.lineTotal, shippingOf[i], 0, l.lineTotal - shareOf[i],
                    shareOf[i]));
        }
    }

    void refunded(@Observes Refunds.Refunded refund) {
        OrderService.Sold order = orders.sold(refund.orderId());
        refund.lines().forEach(returned -> order.lines().stream().filter(l -> l.sku.equals(returned.sku()))
                .findFirst().ifPresent(l -> write(order, new Figures(l, 0, 0, 0, returned.amount(), 0, 0))));
    }

    private void write(OrderService.Sold order, Figures f) {
        String base = consortia.here().baseCurrency();
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        em.createNativeQuery(INSERT).setParameter("id", Ids.next()).setParameter("day", day)
                .setParameter("order", order.id()).setParameter("country", order.shippingAddress().country())
                .setParameter("member", f.line().memberId).setParameter("product", f.line().productId)
                .setParameter("units", f.units()).setParameter("gross", toBase(f.gross(), order, base))
                .setParameter("shipping", toBase(f.shipping(), order, base))
                .setParameter("refunds", toBase(f.refunds(), order, base))
                .setParameter("commission", toBase(f.commission(), order, base))
                .setParameter("share", toBase(f.share(), order, base)).executeUpdate();
    }

    /** Order currency to base: divided by the frozen rate (units of the order's currency per base unit). */
    private static long toBase(long amount, OrderService.Sold order, String base) {
        if (amount == 0) {
            return 0;
        }
        BigDecimal major = BigDecimal.valueOf(amount, digits(order.currency()));
        return major.divide(order.exchangeRate(), digits(base), RoundingMode.HALF_EVEN).unscaledValue()
                .longValueExact();
    }

    private static int digits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }
}
