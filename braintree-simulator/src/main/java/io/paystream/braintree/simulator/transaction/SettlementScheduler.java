package io.paystream.braintree.simulator.transaction;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Settles each captured transaction a fixed delay after it was submitted for settlement, as the nightly batch does
 * in the sandbox; a zero delay leaves settlement to explicit requests.
 */
public final class SettlementScheduler implements AutoCloseable {

    private final Duration delay;
    private final TransactionStore store;
    private final Lock lock;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    public SettlementScheduler(Duration delay, TransactionStore store, Lock lock, Clock clock) {
        this.delay = delay;
        this.store = store;
        this.lock = lock;
        this.clock = clock;
        this.timer = delay.isZero()
                ? null
                : Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "braintree-simulator-settlement");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Called when {@code transactionId} enters {@code submitted_for_settlement}. */
    void submitted(String transactionId) {
        if (timer != null) {
            timer.schedule(() -> settleIfStillWaiting(transactionId), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void settleIfStillWaiting(String transactionId) {
        lock.lock();
        try {
            store.find(transactionId)
                    .filter(transaction -> transaction.status() == TransactionStatus.SUBMITTED_FOR_SETTLEMENT)
                    .ifPresent(transaction -> transaction.settle(clock.instant()));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
