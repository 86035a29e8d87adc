package io.paystream.orders.order;

import io.paystream.contracts.PaymentEventType;
import java.time.Instant;

/** A payment event that could never be applied to the order it names, kept where people and metrics see it. */
public record Anomaly(
        String eventId,
        PaymentEventType eventType,
        String paymentId,
        Long sequence,
        AnomalyKind kind,
        String detail,
        Instant recordedAt) {}
