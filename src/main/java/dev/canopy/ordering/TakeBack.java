package dev.canopy.ordering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.canopy.catalog.Inventory;
import dev.canopy.platform.Money;
import dev.canopy.platform.errors.Conflict;
import dev.canopy.platform.errors.InvalidInput;
import dev.canopy.platform.errors.NotFound;

/**
 * The order's side of a refund: which units and whether the shipping go back, at the frozen prices.
 * Units of parcels not yet sent return to stock; sent ones are with the shopper. No unit is refunded
 * twice: each line counts what went back.
 */
@ApplicationScoped
public class TakeBack {

    public record Units(@NotBlank @Size(max = 100) String sku, @Min(1) @Max(10_000) int quantity) {
    }

    /** Units of one line given back, and what they cost the shopper. */
    public record Returned(UUID memberId, String sku, int quantity, long amount) {
    }

    public record Taken(OrderPayments.Payable order, List<Returned> lines, long shipping) {

        public long goods() {
            return lines.stream().mapToLong(Returned::amount).sum();
        }

        public long total() {
            return goods() + shipping;
        }
    }

    @Inject
    OrderRepository orders;
    @Inject
    OrderService service;
    @Inject
    Inventory inventory;
    @Inject
    ShopperNotices notices;

    /**
     * Takes back {@code units} (none: everything not yet refunded, shipping included) and the shipping
     * if asked; {@code sent} are the members whose parcels left, whose units do not return to stock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Taken takeBack(String number, List<Units> units, boolean shipping, Set<UUID> sent, String actor) {
        Order order = orders.byNumber(number).orElseThrow(() -> new NotFound("No such order"));
        if (!order.status.refundable()) {
            throw new Conflict("Order " + number + " is " + order.status + " and cannot be refunded");
        }
        List<OrderLine> lines = orders.lines(order.id);
        boolean whole = units == null || units.isEmpty();
        Map<OrderLine, Integer> wanted = whole ? remaining(lines) : wanted(lines, units);
        boolean withShipping = (shipping || whole) && !order.shippingRefunded && order.shippingTotal > 0;
        if (shipping && order.shippingRefunded) {
            throw new Conflict("The shipping of order " + number + " was refunded already");
        }
        if (wanted.isEmpty() && !withShipping) {
            throw new Conflict("Nothing of order " + number + " is left to refund");
        }
        List<Returned> returned = new ArrayList<>();
        wanted.forEach((line, quantity) -> {
            if (!sent.contains(line.memberId)) {
                inventory.release(line.variantId, line.backToStock(quantity));
            }
            line.refundedQuantity += quantity;
            returned.add(new Returned(line.memberId, line.sku, quantity, Math.multiplyExact(line.unitPrice, quantity)));
        });
        order.shippingRefunded |= withShipping;
        boolean all = lines.stream().allMatch(l -> l.refundedQuantity == l.quantity)
                && (order.shippingRefunded || order.shippingTotal == 0);
        Order.Status now = all ? Order.Status.refunded : Order.Status.partially_refunded;
        if (order.status != now) {
            service.move(order, now, actor);
        }
        Taken taken = new Taken(OrderPayments.payable(order), returned, withShipping ? order.shippingTotal : 0);
        notices.refunded(order, Money.of(taken.total(), order.currency));
        return taken;
    }

    private static Map<OrderLine, Integer> remaining(List<OrderLine> lines) {
        Map<OrderLine, Integer> wanted = new LinkedHashMap<>();
        lines.stream().filter(l -> l.refundedQuantity < l.quantity)
                .forEach(l -> wanted.put(l, l.quantity - l.refundedQuantity));
        return wanted;
    }

    private static Map<OrderLine, Integer> wanted(List<OrderLine> lines, List<Units> units) {
        Map<OrderLine, Integer> wanted = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Units u = units.get(i);
            int index = i;
            OrderLine line = lines.stream().filter(l -> l.sku.equals(u.sku())).findFirst()
                    .orElseThrow(() -> new InvalidInput("lines[" + index + "].sku",
                            "is not in this order"));
            int quantity = wanted.merge(line, u.quantity(), Integer::sum);
            if (quantity > line.quantity - line.refundedQuantity) {
                throw new Conflict("Only " + (line.quantity - line.refundedQuantity) + " of " + line.sku
                        + " are left to refund");
            }
        }
        return wanted;
    }
}
