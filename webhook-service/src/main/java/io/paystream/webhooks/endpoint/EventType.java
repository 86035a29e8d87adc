package io.paystream.webhooks.endpoint;

import io.paystream.contracts.PaymentEventType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The event types an endpoint subscribes to (ARCHITECTURE §14), by their names on the wire. {@code payment.held}
 * and {@code order.status_changed} can be subscribed to already; their sources (the risk check, the order service's
 * own events) come with their issues.
 */
public enum EventType {
    PAYMENT_AUTHORIZED("payment.authorized"),
    PAYMENT_DECLINED("payment.declined"),
    PAYMENT_HELD("payment.held"),
    PAYMENT_CAPTURED("payment.captured"),
    PAYMENT_REVERSED("payment.reversed"),
    PAYMENT_REFUNDED("payment.refunded"),
    PAYMENT_FAILED("payment.failed"),
    ORDER_STATUS_CHANGED("order.status_changed");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> named(String wireName) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(wireName))
                .findFirst();
    }

    /** The webhook a payment lifecycle event becomes. */
    public static EventType of(PaymentEventType event) {
        return switch (event) {
            case PAYMENT_APPROVED -> PAYMENT_AUTHORIZED;
            case PAYMENT_DECLINED -> PAYMENT_DECLINED;
            case PAYMENT_DEPOSITED -> PAYMENT_CAPTURED;
            case PAYMENT_REVERSED -> PAYMENT_REVERSED;
            case PAYMENT_REFUNDED -> PAYMENT_REFUNDED;
            case PAYMENT_FAILED -> PAYMENT_FAILED;
        };
    }
}
