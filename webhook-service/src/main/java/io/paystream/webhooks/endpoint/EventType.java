package io.paystream.webhooks.endpoint;

import io.paystream.contracts.PaymentEventType;
import io.paystream.contracts.WebhookEventTypes;
import java.util.Arrays;
import java.util.Optional;

/**
 * The event types an endpoint subscribes to (ARCHITECTURE §14), by their names on the wire. {@code payment.held}
 * and {@code order.status_changed} can be subscribed to already; their sources (the risk check, the order service's
 * own events) come with their issues.
 */
public enum EventType {
    PAYMENT_AUTHORIZED(WebhookEventTypes.PAYMENT_AUTHORIZED),
    PAYMENT_DECLINED(WebhookEventTypes.PAYMENT_DECLINED),
    PAYMENT_HELD(WebhookEventTypes.PAYMENT_HELD),
    PAYMENT_CAPTURED(WebhookEventTypes.PAYMENT_CAPTURED),
    PAYMENT_REVERSED(WebhookEventTypes.PAYMENT_REVERSED),
    PAYMENT_REFUNDED(WebhookEventTypes.PAYMENT_REFUNDED),
    PAYMENT_FAILED(WebhookEventTypes.PAYMENT_FAILED),
    ORDER_STATUS_CHANGED(WebhookEventTypes.ORDER_STATUS_CHANGED);

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
