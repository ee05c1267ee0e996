package dev.canopy.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.canopy.ordering.OrderSearch;

/** An order search as the orders page's address writes it, so paging keeps the filters. */
final class OrderSearchForm {

    private OrderSearchForm() {
    }

    static String query(OrderSearch search) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", search.q);
        fields.put("status", search.status);
        fields.put("country", search.country);
        fields.put("member", search.member);
        fields.put("from", search.from);
        fields.put("to", search.to);
        return fields.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
