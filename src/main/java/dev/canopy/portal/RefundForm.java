package dev.canopy.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.canopy.ordering.OrderView;
import dev.canopy.ordering.TakeBack;
import dev.canopy.payments.RefundView;
import dev.canopy.payments.Refunds;

/**
 * The manager's refund form: one row per order line with how many to give back, the shipping, and
 * why. A refused form comes back as typed.
 */
public record RefundForm(List<Row> rows, boolean shipping, boolean shippingLeft, String reason) {

    /** An order line: what was bought, what went back already and what the manager typed. */
    public record Row(String sku, Map<String, String> title, int bought, int refunded, String typed) {

        public int left() {
            return bought - refunded;
        }
    }

    static RefundForm blank(OrderView order, List<RefundView> refunds) {
        return read(order, refunds, List.of(), List.of(), false, "");
    }

    /** The form as sent: {@code skus} and {@code quantities} pair up in the order of the page's rows. */
    static RefundForm read(OrderView order, List<RefundView> refunds, List<String> skus, List<String> quantities,
            boolean shipping, String reason) {
        Map<String, Integer> refunded = new HashMap<>();
        refunds.forEach(r -> r.lines().forEach(l -> refunded.merge(l.sku(), l.quantity(), Integer::sum)));
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; skus != null && quantities != null && i < Math.min(skus.size(), quantities.size()); i++) {
            typed.put(skus.get(i), quantities.get(i));
        }
        List<Row> rows = order.lines().stream().map(l -> new Row(l.sku(), l.title(), l.quantity(),
                refunded.getOrDefault(l.sku(), 0), typed.getOrDefault(l.sku(), ""))).toList();
        boolean shippingLeft = order.totals().shipping().amount() > 0
                && refunds.stream().noneMatch(r -> r.shipping().amount() > 0);
        return new RefundForm(rows, shipping, shippingLeft, reason == null ? "" : reason);
    }

    /** Something is left to give back: units of a line, or the shipping. */
    public boolean anythingLeft() {
        return shippingLeft || rows.stream().anyMatch(r -> r.left() > 0);
    }

    /**
     * The request for the chosen units. The service reads no units as the whole order, so a form
     * without any is refused here rather than refunding everything.
     */
    Refunds.Request toRequest() {
        List<FieldError> errors = new ArrayList<>();
        List<TakeBack.Units> units = new ArrayList<>();
        for (Row row : rows) {
            String quantity = row.typed().strip();
            if (quantity.isEmpty()) {
                continue;
            }
            if (!quantity.matches("[0-9]{1,5}")) {
                errors.add(FieldError.of(row.sku(), null, "stock"));
            } else if (Integer.parseInt(quantity) > 0) {
                units.add(new TakeBack.Units(row.sku(), Integer.parseInt(quantity)));
            }
        }
        if (errors.isEmpty() && units.isEmpty()) {
            errors.add(FieldError.of(null, null, "refund_nothing"));
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return new Refunds.Request(units, shipping, reason.strip());
    }
}
