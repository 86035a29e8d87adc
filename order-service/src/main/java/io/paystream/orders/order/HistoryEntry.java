package io.paystream.orders.order;

import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.ReversalMethod;
import java.time.Instant;

/** One payment event applied to an order, with the status it found and the status it left. */
public record HistoryEntry(
        String eventId,
        PaymentEventType eventType,
        String paymentId,
        long sequence,
        long amount,
        String currency,
        OrderStatus statusBefore,
        OrderStatus statusAfter,
        ReversalMethod reversalMethod,
        String failureCode,
        String failureMessage,
        Instant occurredAt,
        Instant appliedAt) {

    static HistoryEntry of(PaymentEvent event, OrderStatus before, OrderStatus after, Instant appliedAt) {
        return new HistoryEntry(
                event.eventId(),
                event.eventType(),
                event.paymentId(),
                event.sequence(),
                event.amount(),
                event.currency(),
                before,
                after,
                event.reversalMethod(),
                event.failureCode(),
                event.failureMessage(),
                event.occurredAt(),
                appliedAt);
    }
}
