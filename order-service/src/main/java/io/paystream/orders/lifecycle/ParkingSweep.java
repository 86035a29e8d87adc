package io.paystream.orders.lifecycle;

import io.paystream.orders.order.Orders;
import java.time.Clock;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retries parked events whose order has appeared or whose wait for earlier operations ran out, and turns events
 * parked beyond the limit into anomalies. One transaction per order, holding its lock like the listener does.
 */
@Component
class ParkingSweep {

    private final ParkedEvents parking;
    private final Orders orders;
    private final EventApplier applier;
    private final LifecycleProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Instant startedAt;

    ParkingSweep(
            ParkedEvents parking,
            Orders orders,
            EventApplier applier,
            LifecycleProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.parking = parking;
        this.orders = orders;
        this.applier = applier;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    @Scheduled(fixedDelayString = "${paystream.orders.lifecycle.sweep-interval:5s}")
    void sweep() {
        for (String orderId : parking.ordersDue(clock.instant(), properties.sweepBatch())) {
            transactions.executeWithoutResult(status -> orders.lock(orderId).ifPresent(applier::retryParked));
        }
        expireOverdue();
    }

    /** The limit counts from this instance's start too: events still unread on Kafka may be what the parked ones need. */
    private void expireOverdue() {
        Instant cutoff = clock.instant().minus(properties.parkingLimit());
        if (startedAt.isAfter(cutoff)) {
            return;
        }
        for (ParkedEvent overdue : parking.parkedBefore(cutoff, properties.sweepBatch())) {
            transactions.executeWithoutResult(status -> {
                orders.lock(overdue.orderId()).ifPresent(applier::retryParked);
                applier.expire(overdue);
            });
        }
    }
}
