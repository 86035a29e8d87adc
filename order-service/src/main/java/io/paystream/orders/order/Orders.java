package io.paystream.orders.order;

import static io.paystream.orders.order.Timestamps.instant;
import static io.paystream.orders.order.Timestamps.utc;

import io.paystream.contracts.Money;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.ReversalMethod;
import io.paystream.edge.request.ListQuery;
import io.paystream.edge.request.ListSql;
import io.paystream.edge.security.Caller;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The orders and their history. Event application locks the order row, so one order's events apply one by one. */
@Repository
public class Orders {

    private static final TypeReference<List<OrderItem>> ITEMS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Orders(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Order order) {
        OrderTerms terms = order.terms();
        jdbc.sql("""
                        INSERT INTO orders (id, merchant_id, customer_id, amount, currency, reference, items, status, payment_id,
                                            paid_amount, refunded_amount, created_at, updated_at)
                        VALUES (:id, :merchant, :customer, :amount, :currency, :reference, :items, :status, NULL, 0, 0,
                                :createdAt, :createdAt)""")
                .param("id", terms.id())
                .param("merchant", terms.merchantId())
                .param("customer", terms.customerId())
                .param("amount", terms.amount().amount())
                .param("currency", terms.currency())
                .param("reference", terms.reference())
                .param("items", terms.items() == null ? null : json.writeValueAsString(terms.items()))
                .param("status", order.status().name())
                .param("createdAt", utc(terms.createdAt()))
                .update();
    }

    /**
     * The order, locked until the transaction ends; empty when it does not exist (yet). By id alone: the consumer judges
     * an event against the order it names, one naming another merchant included (an anomaly, never applied).
     */
    public Optional<Order> lock(String orderId) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id FOR UPDATE")
                .param("id", orderId)
                .query(this::order)
                .optional();
    }

    /** The order if {@code caller} may see it: its merchant's key, or its own customer. */
    public Optional<Order> findFor(String orderId, Caller caller) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id AND merchant_id = :merchant"
                        + (caller.customerId().isPresent() ? " AND customer_id = :customer" : ""))
                .param("id", orderId)
                .param("merchant", caller.merchantId())
                .param("customer", caller.customerId().orElse(null))
                .query(this::order)
                .optional();
    }

    /** The page of {@link ListSql} (index {@code orders_by_merchant_created}). */
    List<Order> list(Caller caller, ListQuery query) {
        ListSql page = ListSql.page(caller, query, "orders", "id", "*");
        return jdbc.sql(page.sql()).params(page.params()).query(this::order).list();
    }

    /** Stores what an applied event changed, and the event in the order's history. */
    public void recordApplied(Order order, HistoryEntry entry) {
        jdbc.sql("""
                        UPDATE orders SET status = :status, payment_id = :paymentId, paid_amount = :paid,
                                          refunded_amount = :refunded, updated_at = :updatedAt
                         WHERE id = :id AND merchant_id = :merchant""")
                .param("id", order.id())
                .param("merchant", order.terms().merchantId())
                .param("status", order.status().name())
                .param("paymentId", order.paymentId())
                .param("paid", order.paidAmount())
                .param("refunded", order.refundedAmount())
                .param("updatedAt", utc(order.updatedAt()))
                .update();
        jdbc.sql("""
                        INSERT INTO order_history (merchant_id, order_id, event_id, event_type, payment_id, sequence,
                                                   amount, currency, status_before, status_after, reversal_method,
                                                   failure_code, failure_message, occurred_at, applied_at)
                        VALUES (:merchant, :orderId, :eventId, :type, :paymentId, :sequence, :amount, :currency, :before, :after,
                                :reversal, :failureCode, :failureMessage, :occurredAt, :appliedAt)""")
                .param("merchant", order.terms().merchantId())
                .param("orderId", order.id())
                .param("eventId", entry.eventId())
                .param("type", entry.eventType().name())
                .param("paymentId", entry.paymentId())
                .param("sequence", entry.sequence())
                .param("amount", entry.amount())
                .param("currency", entry.currency())
                .param("before", entry.statusBefore().name())
                .param("after", entry.statusAfter().name())
                .param(
                        "reversal",
                        entry.reversalMethod() == null
                                ? null
                                : entry.reversalMethod().name())
                .param("failureCode", entry.failureCode())
                .param("failureMessage", entry.failureMessage())
                .param("occurredAt", utc(entry.occurredAt()))
                .param("appliedAt", utc(entry.appliedAt()))
                .update();
    }

    public List<HistoryEntry> history(String merchantId, String orderId) {
        return jdbc.sql("SELECT * FROM order_history WHERE merchant_id = :merchant AND order_id = :id ORDER BY id")
                .param("merchant", merchantId)
                .param("id", orderId)
                .query(Orders::historyEntry)
                .list();
    }

    /** The histories of the merchant's {@code orderIds}, in one statement. */
    Map<String, List<HistoryEntry>> histories(String merchantId, List<String> orderIds) {
        return PerOrder.group(jdbc.sql(
                        "SELECT * FROM order_history WHERE merchant_id = :merchant AND order_id = ANY(:ids) ORDER BY id")
                .param("merchant", merchantId)
                .param("ids", orderIds.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString("order_id"), historyEntry(rs, row)))
                .list());
    }

    private Order order(ResultSet rs, int row) throws SQLException {
        String items = rs.getString("items");
        OrderTerms terms = new OrderTerms(
                rs.getString("id"),
                rs.getString("merchant_id"),
                rs.getString("customer_id"),
                Money.of(rs.getLong("amount"), rs.getString("currency")),
                rs.getString("reference"),
                items == null ? null : json.readValue(items, ITEMS),
                instant(rs, "created_at"));
        return new Order(
                terms,
                OrderStatus.valueOf(rs.getString("status")),
                rs.getString("payment_id"),
                rs.getLong("paid_amount"),
                rs.getLong("refunded_amount"),
                instant(rs, "updated_at"));
    }

    private static HistoryEntry historyEntry(ResultSet rs, int row) throws SQLException {
        String reversal = rs.getString("reversal_method");
        return new HistoryEntry(
                rs.getString("event_id"),
                PaymentEventType.valueOf(rs.getString("event_type")),
                rs.getString("payment_id"),
                rs.getLong("sequence"),
                rs.getLong("amount"),
                rs.getString("currency"),
                OrderStatus.valueOf(rs.getString("status_before")),
                OrderStatus.valueOf(rs.getString("status_after")),
                reversal == null ? null : ReversalMethod.valueOf(reversal),
                rs.getString("failure_code"),
                rs.getString("failure_message"),
                instant(rs, "occurred_at"),
                instant(rs, "applied_at"));
    }
}
