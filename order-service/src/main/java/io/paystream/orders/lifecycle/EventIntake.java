package io.paystream.orders.lifecycle;

import io.paystream.contracts.PaymentEvent;
import io.paystream.orders.lifecycle.LifecycleMetrics.Outcome;
import io.paystream.orders.lifecycle.PaymentEventsListener.ReceivedRecord;
import io.paystream.orders.order.Anomalies;
import io.paystream.orders.order.Anomaly;
import io.paystream.orders.order.AnomalyKind;
import io.paystream.orders.order.Orders;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives one Kafka record in one transaction: the inbox row, and the event applied, parked or recorded as an
 * anomaly. A record that is not a valid payment event is an anomaly too, under its Kafka position.
 */
@Service
class EventIntake {

    private static final Logger log = LoggerFactory.getLogger(EventIntake.class);

    private final Inbox inbox;
    private final Orders orders;
    private final Anomalies anomalies;
    private final EventApplier applier;
    private final LifecycleMetrics metrics;
    private final JsonMapper json;
    private final Clock clock;

    EventIntake(
            Inbox inbox,
            Orders orders,
            Anomalies anomalies,
            EventApplier applier,
            LifecycleMetrics metrics,
            JsonMapper json,
            Clock clock) {
        this.inbox = inbox;
        this.orders = orders;
        this.anomalies = anomalies;
        this.applier = applier;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public void receive(ReceivedRecord record) {
        PaymentEvent event;
        try {
            event = json.readValue(Objects.requireNonNull(record.value(), "no value"), PaymentEvent.class);
            if (!event.topic().equals(record.topic())) {
                throw new IllegalArgumentException(event.eventType() + " on topic " + record.topic());
            }
        } catch (JacksonException | IllegalArgumentException | NullPointerException malformed) {
            recordMalformed(record, malformed.getMessage());
            return;
        }
        if (!inbox.add(event, clock.instant())) {
            metrics.event(event.topic(), Outcome.DUPLICATE);
            return;
        }
        orders.lock(event.orderId())
                .ifPresentOrElse(
                        order -> applier.offer(order, event, record.value()),
                        () -> applier.parkUntilOrderExists(event, record.value()));
    }

    private void recordMalformed(ReceivedRecord record, String problem) {
        String orderId = record.key() == null ? "unknown" : record.key();
        String detail =
                problem == null ? "unreadable" : problem.lines().findFirst().orElse(problem);
        Anomaly anomaly =
                new Anomaly(record.position(), null, null, null, AnomalyKind.MALFORMED_EVENT, detail, clock.instant());
        if (anomalies.record(null, orderId, anomaly, record.value() == null ? "" : record.value())) {
            log.warn("Malformed record {} for order {}: {}", record.position(), orderId, detail);
            metrics.anomaly(AnomalyKind.MALFORMED_EVENT);
            metrics.event(record.topic(), Outcome.ANOMALY);
        }
    }
}
