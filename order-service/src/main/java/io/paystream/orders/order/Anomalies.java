package io.paystream.orders.order;

import static io.paystream.orders.order.Timestamps.instant;
import static io.paystream.orders.order.Timestamps.utc;

import io.paystream.contracts.PaymentEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Events that can never be applied, one row per event, kept with their payload for an operator. An anomaly is the
 * merchant's its event names; one too malformed to name any ({@code merchantId} null) is shown with the order its
 * record's key names.
 */
@Repository
public class Anomalies {

    /** The merchant's anomalies, and those whose record named no merchant. */
    private static final String OF_MERCHANT = "(merchant_id = :merchant OR merchant_id IS NULL)";

    private final JdbcClient jdbc;

    Anomalies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the anomaly; false if this event was already recorded as one. */
    public boolean record(String merchantId, String orderId, Anomaly anomaly, String payload) {
        return jdbc.sql("""
                        INSERT INTO anomaly (merchant_id, order_id, event_id, event_type, payment_id, sequence, kind,
                                             detail, payload, recorded_at)
                        VALUES (:merchant, :orderId, :eventId, :type, :paymentId, :sequence, :kind, :detail, :payload, :at)
                        ON CONFLICT (event_id) DO NOTHING""")
                        .param("merchant", merchantId)
                        .param("orderId", orderId)
                        .param("eventId", anomaly.eventId())
                        .param(
                                "type",
                                anomaly.eventType() == null
                                        ? null
                                        : anomaly.eventType().name())
                        .param("paymentId", anomaly.paymentId())
                        .param("sequence", anomaly.sequence())
                        .param("kind", anomaly.kind().name())
                        .param("detail", anomaly.detail())
                        .param("payload", payload)
                        .param("at", utc(anomaly.recordedAt()))
                        .update()
                == 1;
    }

    /** The anomalies on the merchant's order. */
    public List<Anomaly> ofOrder(String merchantId, String orderId) {
        return jdbc.sql("SELECT * FROM anomaly WHERE order_id = :id AND " + OF_MERCHANT + " ORDER BY id")
                .param("merchant", merchantId)
                .param("id", orderId)
                .query(Anomalies::anomaly)
                .list();
    }

    /** The anomalies on the merchant's {@code orderIds}, in one statement. */
    Map<String, List<Anomaly>> ofOrders(String merchantId, List<String> orderIds) {
        return PerOrder.group(
                jdbc.sql("SELECT * FROM anomaly WHERE order_id = ANY(:ids) AND " + OF_MERCHANT + " ORDER BY id")
                        .param("merchant", merchantId)
                        .param("ids", orderIds.toArray(String[]::new))
                        .query((rs, row) -> Map.entry(rs.getString("order_id"), anomaly(rs, row)))
                        .list());
    }

    private static Anomaly anomaly(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("event_type");
        return new Anomaly(
                rs.getString("event_id"),
                type == null ? null : PaymentEventType.valueOf(type),
                rs.getString("payment_id"),
                rs.getObject("sequence", Long.class),
                AnomalyKind.valueOf(rs.getString("kind")),
                rs.getString("detail"),
                instant(rs, "recorded_at"));
    }
}
