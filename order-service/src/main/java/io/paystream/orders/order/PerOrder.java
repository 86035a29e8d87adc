package io.paystream.orders.order;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows of several orders read in one statement, each order's in the order they were read. */
final class PerOrder {

    private PerOrder() {}

    static <T> Map<String, List<T>> group(List<Map.Entry<String, T>> rows) {
        Map<String, List<T>> byOrder = new HashMap<>();
        rows.forEach(row ->
                byOrder.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return byOrder;
    }
}
