package io.paystream.webhooks.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.signals.Doorbell;
import io.paystream.signals.WokenWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hands due deliveries to senders: at once when a delivery is written (the insert's notification), when a send ends
 * at an endpoint that was at its cap, and every {@code due-poll} for retries coming due. Each endpoint has {@code per-endpoint} sends at a time in this
 * instance; a delivery beyond that waits for the next round while other endpoints' go, so an endpoint that answers in
 * ten seconds holds up only its own. A delivery is leased in the database before it is sent, so two instances never
 * send it at once.
 */
@Component
class DeliveryDispatcher implements WokenWork, SmartLifecycle {

    static final String CHANNEL = "webhook_delivery";

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Deliveries deliveries;
    private final DeliveryAttempts attempts;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Doorbell doorbell = new Doorbell();
    private final Map<String, Semaphore> sendsByEndpoint = new ConcurrentHashMap<>();
    private final AtomicLong oldestDueMillis = new AtomicLong();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;
    private Thread loop;

    DeliveryDispatcher(
            Deliveries deliveries,
            DeliveryAttempts attempts,
            DeliveryProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.properties = properties;
        this.clock = clock;
        Gauge.builder("paystream.webhooks.queue.age", oldestDueMillis, age -> age.get() / 1000.0)
                .description("How long the oldest due delivery has waited, in seconds, at the last round")
                .baseUnit("seconds")
                .register(meters);
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** A delivery was written: a round now. */
    @Override
    public void run() {
        doorbell.ring();
    }

    @Override
    public synchronized void start() {
        running = true;
        loop = Thread.ofPlatform().name("webhook-dispatcher").daemon().start(this::dispatchUntilStopped);
    }

    @Override
    public synchronized void stop() {
        running = false;
        doorbell.ring();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(properties.timeout().toSeconds() + 5, TimeUnit.SECONDS)) {
                log.warn("Webhook sends still running at shutdown: their deliveries go out again after their lease");
            }
            if (loop != null) {
                loop.join(5_000);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void dispatchUntilStopped() {
        while (running) {
            try {
                dispatchDue();
                doorbell.await(properties.duePoll());
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failed) {
                // The database is away, most likely: the next round tries again.
                log.warn("A webhook dispatch round failed: {}", failed.toString());
                try {
                    doorbell.await(properties.duePoll());
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    /** One round: every due delivery its endpoint has room for is taken and handed to a sender. */
    void dispatchDue() {
        Instant now = clock.instant();
        List<String> busy = sendsByEndpoint.entrySet().stream()
                .filter(endpoint -> endpoint.getValue().availablePermits() == 0)
                .map(Map.Entry::getKey)
                .toList();
        List<Deliveries.Due> due = deliveries.due(now, properties.batch(), properties.perEndpoint(), busy);
        oldestDueMillis.set(
                due.isEmpty()
                        ? 0
                        : Duration.between(due.getFirst().dueAt(), now).toMillis());
        for (Deliveries.Due delivery : due) {
            Semaphore sends = sendsByEndpoint.computeIfAbsent(
                    delivery.endpointId(), id -> new Semaphore(properties.perEndpoint()));
            if (!running || !sends.tryAcquire()) {
                continue;
            }
            Optional<Deliveries.Sendable> taken = deliveries.take(delivery.id(), now, now.plus(properties.lease()));
            if (taken.isEmpty()) {
                sends.release();
                continue;
            }
            senders.execute(() -> send(taken.get(), sends));
        }
    }

    private void send(Deliveries.Sendable delivery, Semaphore sends) {
        try {
            attempts.attempt(delivery);
        } catch (RuntimeException failed) {
            log.warn("Webhook delivery {} failed before its outcome was written: {}", delivery.id(), failed.toString());
        } finally {
            // An endpoint at its cap may have deliveries waiting for this slot: a round now rather than at the poll.
            boolean wasFull = sends.availablePermits() == 0;
            sends.release();
            if (wasFull) {
                doorbell.ring();
            }
        }
    }
}
