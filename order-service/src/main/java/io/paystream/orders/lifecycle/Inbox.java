package io.paystream.orders.lifecycle;

import static io.paystream.orders.order.Timestamps.utc;

import io.paystream.contracts.PaymentEvent;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every {@code eventId} received, written in the transaction of the event's effect. */
@Repository
class Inbox {

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the event; false if it was received before. A concurrent copy waits for the first one's transaction
     * and then sees it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean add(PaymentEvent event, Instant now) {
        return jdbc.sql("""
                        INSERT INTO inbox (event_id, order_id, payment_id, sequence, received_at)
                        VALUES (:eventId, :orderId, :paymentId, :sequence, :now)
                        ON CONFLICT (event_id) DO NOTHING""")
                        .param("eventId", event.eventId())
                        .param("orderId", event.orderId())
                        .param("paymentId", event.paymentId())
                        .param("sequence", event.sequence())
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /** Whether every earlier operation of the event's payment has been received and settled (applied or anomaly). */
    boolean earlierOperationsSettled(PaymentEvent event) {
        long settled = jdbc.sql("""
                        SELECT count(DISTINCT i.sequence) FROM inbox i
                         WHERE i.order_id = :orderId AND i.payment_id = :paymentId AND i.sequence < :sequence
                           AND NOT EXISTS (SELECT 1 FROM parked_event p WHERE p.event_id = i.event_id)""")
                .param("orderId", event.orderId())
                .param("paymentId", event.paymentId())
                .param("sequence", event.sequence())
                .query(Long.class)
                .single();
        return settled >= event.sequence() - 1;
    }
}
