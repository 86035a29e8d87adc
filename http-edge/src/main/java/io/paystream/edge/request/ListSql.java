package io.paystream.edge.request;

import io.paystream.edge.security.Caller;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * The SQL of one page of a {@link ListQuery}, for a table with {@code merchant_id}, {@code customer_id},
 * {@code status} and {@code created_at} columns: what the caller may see (a key: its merchant's rows; a shopper: their
 * own), narrowed by the filters, newest first, {@code limit + 1} rows so that {@link ListPage#of} knows whether more
 * follow. A cursor naming no row of the merchant gives an empty page. Indexed by
 * {@code (merchant_id, created_at DESC, id DESC)}, each page is one index range.
 */
public record ListSql(String sql, Map<String, Object> params) {

    /** {@code columns} of the page's rows of {@code table}, whose id column is {@code id}. */
    public static ListSql page(Caller caller, ListQuery query, String table, String id, String columns) {
        StringBuilder where = new StringBuilder(" WHERE merchant_id = :merchant");
        Map<String, Object> params = new HashMap<>(Map.of("merchant", caller.merchantId(), "limit", query.limit() + 1));
        caller.customerId().ifPresent(customer -> {
            where.append(" AND customer_id = :caller");
            params.put("caller", customer);
        });
        if (query.customerId() != null) {
            where.append(" AND customer_id = :customer");
            params.put("customer", query.customerId());
        }
        if (query.status() != null) {
            where.append(" AND status = :status");
            params.put("status", query.status());
        }
        if (query.createdFrom() != null) {
            where.append(" AND created_at >= :createdFrom");
            params.put("createdFrom", Timestamp.from(query.createdFrom()));
        }
        if (query.createdTo() != null) {
            where.append(" AND created_at < :createdTo");
            params.put("createdTo", Timestamp.from(query.createdTo()));
        }
        if (query.startingAfter() != null) {
            where.append(
                    " AND (created_at, %2$s) < (SELECT created_at, %2$s FROM %1$s WHERE %2$s = :after AND merchant_id = :merchant)"
                            .formatted(table, id));
            params.put("after", query.startingAfter());
        }
        return new ListSql(
                "SELECT " + columns + " FROM " + table + where + " ORDER BY created_at DESC, " + id
                        + " DESC LIMIT :limit",
                Map.copyOf(params));
    }
}
