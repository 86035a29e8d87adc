package io.paystream.orchestrator.payment;

import io.paystream.contracts.Operation;
import java.util.EnumSet;
import java.util.Set;

/** Where a payment stands (ARCHITECTURE §3), and which operations each status allows (§5). */
public enum PaymentStatus {
    AUTHORIZATION_PENDING,
    AUTHORIZED,
    DECLINED,
    FAILED,
    CAPTURED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    REVERSED;

    /** The transition table of §5, in one place. */
    boolean allows(Operation operation) {
        Set<PaymentStatus> from = switch (operation) {
            case APPROVE -> EnumSet.noneOf(PaymentStatus.class);
            case DEPOSIT -> EnumSet.of(AUTHORIZED, CAPTURED);
            case REFUND -> EnumSet.of(CAPTURED, PARTIALLY_REFUNDED);
            case REVERSE -> EnumSet.of(AUTHORIZED, CAPTURED);
        };
        return from.contains(this);
    }
}
