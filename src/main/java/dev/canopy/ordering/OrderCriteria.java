package dev.canopy.ordering;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Query;

/** An order search resolved to values (the workshop's id, the days as moments): its SQL condition. */
record OrderCriteria(String text, Order.Status status, String country, UUID member, Instant since, Instant before) {

    String where() {
        StringBuilder where = new StringBuilder(" where true");
        values().keySet().forEach(name -> where.append(CONDITIONS.getOrDefault(name, "")));
        return where.toString();
    }

    Query bind(Query query) {
        values().forEach(query::setParameter);
        return query;
    }

    private static final Map<String, String> CONDITIONS = Map.of(
            "number", " and (o.number = :number or lower(o.email) like :like escape '\\'"
                    + " or lower(o.shipping_address ->> 'name') like :like escape '\\')",
            "status", " and o.status = :status",
            "country", " and o.shipping_address ->> 'country' = :country",
            "member", " and exists (select 1 from order_line l where l.consortium_id = o.consortium_id"
                    + " and l.order_id = o.id and l.member_id = :member)",
            "since", " and o.created_at >= :since",
            "before", " and o.created_at < :before");

    /** The parameters of the parts asked for, in a fixed order; {@code like} goes with {@code number}. */
    private Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (text != null) {
            values.put("number", text.toUpperCase(Locale.ROOT));
            values.put("like", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        put(values, "status", status == null ? null : status.name());
        put(values, "country", country);
        put(values, "member", member);
        put(values, "since", since);
        put(values, "before", before);
        return values;
    }

    private static void put(Map<String, Object> values, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }
}
