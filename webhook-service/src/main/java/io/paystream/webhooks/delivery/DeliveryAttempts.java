package io.paystream.webhooks.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.paystream.webhooks.delivery.Deliveries.Sendable;
import io.paystream.webhooks.endpoint.SigningSecrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt of one delivery: signed with the endpoint's secrets of the moment, sent, and its outcome written in one
 * transaction (one statement for a success): success ends it; a failure schedules the next attempt or, after the last, ends it FAILED; a 410
 * disables the endpoint at once, and an endpoint failing for five days is disabled (logged, counted, its reason kept).
 * A crash before the outcome commits leaves the delivery held until its lease runs out, then it is sent again under
 * the same {@code webhook-id}: at least once.
 */
@Service
class DeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final Deliveries deliveries;
    private final SigningSecrets secrets;
    private final DeliverySender sender;
    private final TransactionTemplate transactions;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer eventToDelivery;

    DeliveryAttempts(
            Deliveries deliveries,
            SigningSecrets secrets,
            DeliverySender sender,
            TransactionTemplate transactions,
            DeliveryProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.sender = sender;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.eventToDelivery = Timer.builder("paystream.webhooks.delivery.latency")
                .description("From the event's arrival to its delivery's 2xx, retries included")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    /** Signs and sends {@code delivery}, taken by this instance, and writes how the attempt ended. */
    void attempt(Sendable delivery) {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        String signature = StandardWebhooks.signature(
                delivery.eventId(),
                timestamp,
                delivery.body(),
                secrets.signingAt(delivery.merchantId(), delivery.endpointId(), at));
        Attempted attempt = sender.send(
                delivery.url(),
                Map.of(
                        StandardWebhooks.ID, delivery.eventId(),
                        StandardWebhooks.TIMESTAMP, Long.toString(timestamp),
                        StandardWebhooks.SIGNATURE, signature),
                delivery.body());
        if (attempt.succeeded()) {
            deliveries.succeeded(delivery, at, attempt);
            eventToDelivery.record(Duration.between(delivery.eventAt(), clock.instant()));
        } else {
            transactions.executeWithoutResult(status -> failed(delivery, at, attempt));
        }
        count(delivery, attempt);
    }

    private void failed(Sendable delivery, Instant at, Attempted attempt) {
        deliveries.addAttempt(delivery, at, attempt);
        Duration asked = attempt.statusCode() != null && (attempt.statusCode() == 429 || attempt.statusCode() == 503)
                ? attempt.retryAfter()
                : null;
        Optional<Duration> wait = RetrySchedule.after(delivery.attempts() + 1, asked, ThreadLocalRandom.current());
        if (wait.isPresent()) {
            deliveries.settle(delivery, DeliveryStatus.PENDING, at, at.plus(wait.get()));
        } else {
            deliveries.settle(delivery, DeliveryStatus.FAILED, at, null);
        }
        Instant failingSince = deliveries.endpointFailed(delivery.endpointId(), at);
        if (attempt.gone()) {
            disable(delivery, "the endpoint answered 410 Gone", at);
        } else if (Duration.between(failingSince, at).compareTo(properties.disableAfter()) >= 0) {
            disable(delivery, "every attempt failed since " + failingSince, at);
        }
    }

    private void disable(Sendable delivery, String reason, Instant at) {
        if (!deliveries.disableEndpoint(delivery.endpointId(), reason, at)) {
            return;
        }
        log.warn(
                "Disabled webhook endpoint {} of merchant {}: {}",
                delivery.endpointId(),
                delivery.merchantId(),
                reason);
        meters.counter("paystream.webhooks.endpoints.disabled").increment();
    }

    private void count(Sendable delivery, Attempted attempt) {
        String outcome = attempt.succeeded() ? "succeeded" : attempt.statusCode() == null ? "no-answer" : "refused";
        Counter.builder("paystream.webhooks.attempts")
                .description("Delivery attempts by outcome and endpoint")
                .tag("outcome", outcome)
                .tag("endpoint", delivery.endpointId())
                .register(meters)
                .increment();
    }
}
