package io.paystream.webhooks.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.contracts.PaymentEvent;
import io.paystream.webhooks.endpoint.EventType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event, one statement: the event stored with its body if an endpoint wants it and it is new, and a delivery due
 * now for each such endpoint (the insert's trigger wakes the senders). The event's id ({@code evt_…}) is the
 * {@code webhook-id} of every delivery and retry of it.
 */
@Service
class EventIntake {

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Counter unreadable;

    EventIntake(JdbcClient jdbc, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.unreadable = Counter.builder("paystream.webhooks.events.unreadable")
                .description("Records on the lifecycle topics that are not a valid event, skipped")
                .register(meters);
    }

    /** Returns how many deliveries the event made: none for a copy already taken or an event no one wants. */
    int receive(String topic, String value) {
        PaymentEvent event;
        try {
            event = json.readValue(Objects.requireNonNull(value, "no value"), PaymentEvent.class);
            if (!event.topic().equals(topic)) {
                throw new IllegalArgumentException(event.eventType() + " on topic " + topic);
            }
        } catch (RuntimeException unreadableRecord) {
            // The order service records such a record as an anomaly; a webhook of it would say nothing true.
            unreadable.increment();
            log.warn(
                    "Skipped a record on {} that is not a valid payment event: {}",
                    topic,
                    unreadableRecord.getMessage());
            return 0;
        }
        EventType type = EventType.of(event.eventType());
        String id = "evt_" + HexFormat.of().formatHex(randomBytes());
        return jdbc.sql("""
                        WITH subscribed AS (
                            SELECT id FROM webhook_endpoint
                             WHERE merchant_id = :merchant AND status = 'ENABLED' AND :type = ANY (event_types)),
                        event AS (
                            INSERT INTO webhook_event
                                (id, source_event_id, merchant_id, type, payment_id, sequence, created_at, body)
                            SELECT :id, :source, :merchant, :type, :payment, :sequence, :now, :body
                             WHERE EXISTS (SELECT 1 FROM subscribed)
                            ON CONFLICT (source_event_id) DO NOTHING
                            RETURNING id)
                        INSERT INTO webhook_delivery
                            (id, event_id, endpoint_id, merchant_id, status, next_attempt_at, created_at)
                        SELECT 'wd_' || replace(gen_random_uuid()::text, '-', ''), event.id, subscribed.id, :merchant,
                               'PENDING', :now, :now
                          FROM event CROSS JOIN subscribed""")
                .param("merchant", event.merchantId())
                .param("type", type.wireName())
                .param("id", id)
                .param("source", event.eventId())
                .param("payment", event.paymentId())
                .param("sequence", event.sequence())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("body", json.writeValueAsString(WebhookPayload.of(id, type, event)))
                .update();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
