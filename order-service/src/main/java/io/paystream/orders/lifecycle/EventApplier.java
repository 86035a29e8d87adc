package io.paystream.orders.lifecycle;

import io.paystream.contracts.PaymentEvent;
import io.paystream.orders.lifecycle.LifecycleMetrics.Outcome;
import io.paystream.orders.order.Anomalies;
import io.paystream.orders.order.Anomaly;
import io.paystream.orders.order.AnomalyKind;
import io.paystream.orders.order.Order;
import io.paystream.orders.order.Orders;
import io.paystream.orders.order.Verdict;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides each event against its locked order: applied (and the order's parked events tried again), parked, or
 * recorded as an anomaly. Runs inside the transaction that also holds the event's inbox row.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class EventApplier {

    private static final Logger log = LoggerFactory.getLogger(EventApplier.class);

    private final Orders orders;
    private final Anomalies anomalies;
    private final Inbox inbox;
    private final ParkedEvents parking;
    private final LifecycleMetrics metrics;
    private final LifecycleProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    EventApplier(
            Orders orders,
            Anomalies anomalies,
            Inbox inbox,
            ParkedEvents parking,
            LifecycleMetrics metrics,
            LifecycleProperties properties,
            JsonMapper json,
            Clock clock) {
        this.orders = orders;
        this.anomalies = anomalies;
        this.inbox = inbox;
        this.parking = parking;
        this.metrics = metrics;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** A freshly received event for an existing order. */
    void offer(Order order, PaymentEvent event, String payload) {
        Instant now = clock.instant();
        if (decide(order, new Candidate(event, payload, now, false), now) == Outcome.APPLIED) {
            retryParked(order);
        }
    }

    /** An event for an order this service cannot see (yet): the sweep tries it again once the order exists. */
    void parkUntilOrderExists(PaymentEvent event, String payload) {
        Instant now = clock.instant();
        park(new Candidate(event, payload, now, false), "order " + event.orderId() + " not found", now, now);
    }

    /** Tries the order's parked events, earliest operation first, until a pass applies nothing more. */
    void retryParked(Order order) {
        Instant now = clock.instant();
        boolean applied;
        do {
            applied = false;
            for (ParkedEvent parked : parking.ofOrder(order.id())) {
                applied |= decide(order, Candidate.of(parked, json), now) == Outcome.APPLIED;
            }
        } while (applied);
    }

    /** A parked event that never fitted within the parking limit. */
    void expire(ParkedEvent parked) {
        Candidate candidate = Candidate.of(parked, json);
        String detail = "did not fit within " + properties.parkingLimit() + "; last reason: " + parked.reason();
        reject(parked.orderId(), candidate, AnomalyKind.PARKED_TOO_LONG, detail, clock.instant());
    }

    private Outcome decide(Order order, Candidate candidate, Instant now) {
        PaymentEvent event = candidate.event();
        Instant waitUntil = candidate.since().plus(properties.sequenceWait());
        if (event.sequence() > 1 && now.isBefore(waitUntil) && !inbox.earlierOperationsSettled(event)) {
            String reason = "waiting for operations before #" + event.sequence() + " of payment " + event.paymentId();
            return park(candidate, reason, now, waitUntil);
        }
        return switch (order.apply(event, now)) {
            case Verdict.Applied applied -> {
                orders.recordApplied(order, applied.entry());
                if (candidate.parked()) {
                    parking.remove(event.eventId());
                }
                metrics.event(event.topic(), Outcome.APPLIED);
                yield Outcome.APPLIED;
            }
            case Verdict.NotYet notYet -> park(candidate, notYet.reason(), now, null);
            case Verdict.Rejected rejected -> reject(order.id(), candidate, rejected.kind(), rejected.detail(), now);
        };
    }

    private Outcome park(Candidate candidate, String reason, Instant now, Instant retryAt) {
        PaymentEvent event = candidate.event();
        parking.park(event, candidate.payload(), reason, now, retryAt);
        if (!candidate.parked()) {
            log.info("Parked {} {} for order {}: {}", event.topic(), event.eventId(), event.orderId(), reason);
            metrics.event(event.topic(), Outcome.PARKED);
        }
        return Outcome.PARKED;
    }

    private Outcome reject(String orderId, Candidate candidate, AnomalyKind kind, String detail, Instant now) {
        PaymentEvent event = candidate.event();
        if (candidate.parked() && !parking.remove(event.eventId())) {
            return Outcome.ANOMALY;
        }
        Anomaly anomaly =
                new Anomaly(event.eventId(), event.eventType(), event.paymentId(), event.sequence(), kind, detail, now);
        if (anomalies.record(event.merchantId(), orderId, anomaly, candidate.payload())) {
            log.warn("Anomaly {} on order {} from {} {}: {}", kind, orderId, event.topic(), event.eventId(), detail);
            metrics.anomaly(kind);
            metrics.event(event.topic(), Outcome.ANOMALY);
        }
        return Outcome.ANOMALY;
    }

    /** An event being decided, with the time it started waiting and whether it sits in the parking. */
    private record Candidate(PaymentEvent event, String payload, Instant since, boolean parked) {

        static Candidate of(ParkedEvent parked, JsonMapper json) {
            return new Candidate(
                    json.readValue(parked.payload(), PaymentEvent.class), parked.payload(), parked.parkedAt(), true);
        }
    }
}
