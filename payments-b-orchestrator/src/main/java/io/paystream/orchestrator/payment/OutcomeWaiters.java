package io.paystream.orchestrator.payment;

import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.signals.Doorbell;
import io.paystream.signals.PostgresSignals;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The requests held by {@code Prefer: wait}, by operation, woken when PostgreSQL says the operation's status changed
 * ({@value #CHANNEL}, the trigger of V3__wakeups.sql): on whichever instance the outcome was applied, after it
 * committed. When notifications may have been missed, every waiter is woken to look for itself.
 */
@Component
class OutcomeWaiters implements PostgresSignals.Subscriber {

    static final String CHANNEL = "payment_operation_status";
    /** Requests asleep now, waiting for their outcome. */
    static final String HELD = "paystream.payments.waits.held";

    /** How long a notification is kept for a request that registers after it: far longer than that moment. */
    private static final Duration LATELY = Duration.ofSeconds(10);

    private static final int PRUNE_EVERY = 1024;

    private final Map<String, Set<Waiter>> byOperation = new ConcurrentHashMap<>();
    private final Map<String, Long> changedLately = new ConcurrentHashMap<>();
    private final AtomicInteger notifications = new AtomicInteger();
    private final AtomicInteger asleep = new AtomicInteger();
    private final PostgresSignals signals;

    OutcomeWaiters(PostgresSignals signals, MeterRegistry meters) {
        this.signals = signals;
        signals.subscribe(CHANNEL, this);
        meters.gauge(HELD, asleep);
    }

    /**
     * A waiter for the operation's outcome. One whose notification came a moment before it registered (the outcome
     * committed between the request's own commit and this call) is woken at once: recent notifications are kept.
     */
    Waiter register(String operationId) {
        Waiter waiter = new Waiter(operationId);
        byOperation
                .computeIfAbsent(operationId, id -> ConcurrentHashMap.newKeySet())
                .add(waiter);
        // Added before this look, recorded before notified()'s: one of the two sees the other.
        if (changedLately.containsKey(operationId)) {
            waiter.wake();
        }
        return waiter;
    }

    /** True while an outcome committed from now on wakes its waiters: the notifications are heard. */
    boolean hearing() {
        return signals.listening();
    }

    @Override
    public void notified(String operationId) {
        long now = System.nanoTime();
        changedLately.put(operationId, now);
        if (notifications.incrementAndGet() % PRUNE_EVERY == 0) {
            changedLately.values().removeIf(at -> now - at > LATELY.toNanos());
        }
        Set<Waiter> waiters = byOperation.get(operationId);
        if (waiters != null) {
            waiters.forEach(Waiter::wake);
        }
    }

    @Override
    public void mayHaveMissed() {
        byOperation.values().forEach(waiters -> waiters.forEach(Waiter::wake));
    }

    /** One held request. */
    final class Waiter implements AutoCloseable {

        private final String operationId;
        private final Doorbell woken = new Doorbell();

        private Waiter(String operationId) {
            this.operationId = operationId;
        }

        /** Until woken or {@code atMost} passed; true if woken. */
        boolean await(Duration atMost) throws InterruptedException {
            asleep.incrementAndGet();
            try {
                return woken.await(atMost);
            } finally {
                asleep.decrementAndGet();
            }
        }

        private void wake() {
            woken.ring();
        }

        @Override
        public void close() {
            byOperation.computeIfPresent(operationId, (id, waiters) -> {
                waiters.remove(this);
                return waiters.isEmpty() ? null : waiters;
            });
        }
    }
}
