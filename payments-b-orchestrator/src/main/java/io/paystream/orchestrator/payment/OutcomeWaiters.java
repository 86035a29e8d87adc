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

    private final Map<String, Set<Waiter>> byOperation = new ConcurrentHashMap<>();
    private final AtomicInteger asleep = new AtomicInteger();

    OutcomeWaiters(PostgresSignals signals, MeterRegistry meters) {
        signals.subscribe(CHANNEL, this);
        meters.gauge(HELD, asleep);
    }

    /** Registered before the first read, so that an outcome committed between the read and the wait still wakes it. */
    Waiter register(String operationId) {
        Waiter waiter = new Waiter(operationId);
        byOperation
                .computeIfAbsent(operationId, id -> ConcurrentHashMap.newKeySet())
                .add(waiter);
        return waiter;
    }

    @Override
    public void notified(String operationId) {
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
