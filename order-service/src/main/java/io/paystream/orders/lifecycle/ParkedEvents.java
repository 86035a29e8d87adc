package io.paystream.orders.lifecycle;

import static io.paystream.orders.order.Timestamps.instant;
import static io.paystream.orders.order.Timestamps.utc;

import io.paystream.contracts.PaymentEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parking: events received but not applicable yet, kept until they fit or run out of time. */
@Repository
class ParkedEvents {

    private final JdbcClient jdbc;

    ParkedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Parks the event, or updates its reason if it is parked already. {@code retryAt} is when the sweep should try it
     * again; {@code null} when only another event of its order can make it fit.
     */
    void park(PaymentEvent event, String payload, String reason, Instant now, Instant retryAt) {
        jdbc.sql("""
                        INSERT INTO parked_event (event_id, order_id, payment_id, sequence, payload, reason, attempts,
                                                  parked_at, retry_at)
                        VALUES (:eventId, :orderId, :paymentId, :sequence, :payload, :reason, 1, :now, :retryAt)
                        ON CONFLICT (event_id) DO UPDATE
                           SET reason = EXCLUDED.reason, retry_at = EXCLUDED.retry_at,
                               attempts = parked_event.attempts + 1""")
                .param("eventId", event.eventId())
                .param("orderId", event.orderId())
                .param("paymentId", event.paymentId())
                .param("sequence", event.sequence())
                .param("payload", payload)
                .param("reason", reason)
                .param("now", utc(now))
                .param("retryAt", utc(retryAt))
                .update();
    }

    /** The order's parked events, earliest operation first. */
    List<ParkedEvent> ofOrder(String orderId) {
        return jdbc.sql("SELECT * FROM parked_event WHERE order_id = :orderId ORDER BY sequence, parked_at, event_id")
                .param("orderId", orderId)
                .query(ParkedEvents::parked)
                .list();
    }

    boolean remove(String eventId) {
        return jdbc.sql("DELETE FROM parked_event WHERE event_id = :eventId")
                        .param("eventId", eventId)
                        .update()
                == 1;
    }

    /** Orders that exist and have a parked event due for the sweep. */
    List<String> ordersDue(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT DISTINCT p.order_id FROM parked_event p JOIN orders o ON o.id = p.order_id
                         WHERE p.retry_at <= :now LIMIT :limit""")
                .param("now", utc(now))
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    List<ParkedEvent> parkedBefore(Instant cutoff, int limit) {
        return jdbc.sql("SELECT * FROM parked_event WHERE parked_at < :cutoff ORDER BY parked_at LIMIT :limit")
                .param("cutoff", utc(cutoff))
                .param("limit", limit)
                .query(ParkedEvents::parked)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM parked_event").query(Long.class).single();
    }

    private static ParkedEvent parked(ResultSet rs, int row) throws SQLException {
        return new ParkedEvent(
                rs.getString("event_id"),
                rs.getString("order_id"),
                rs.getString("payload"),
                rs.getString("reason"),
                instant(rs, "parked_at"));
    }
}
