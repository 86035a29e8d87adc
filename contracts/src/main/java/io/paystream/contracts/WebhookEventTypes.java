package io.paystream.contracts;

import java.util.List;

/**
 * The event types a webhook endpoint subscribes to (ARCHITECTURE §14), by their names on the wire: for the webhook
 * service that sends them and the facade that checks a subscription's shape.
 */
public final class WebhookEventTypes {

    public static final String PAYMENT_AUTHORIZED = "payment.authorized";
    public static final String PAYMENT_DECLINED = "payment.declined";
    public static final String PAYMENT_HELD = "payment.held";
    public static final String PAYMENT_CAPTURED = "payment.captured";
    public static final String PAYMENT_REVERSED = "payment.reversed";
    public static final String PAYMENT_REFUNDED = "payment.refunded";
    public static final String PAYMENT_FAILED = "payment.failed";
    public static final String ORDER_STATUS_CHANGED = "order.status_changed";

    public static final List<String> ALL = List.of(
            PAYMENT_AUTHORIZED,
            PAYMENT_DECLINED,
            PAYMENT_HELD,
            PAYMENT_CAPTURED,
            PAYMENT_REVERSED,
            PAYMENT_REFUNDED,
            PAYMENT_FAILED,
            ORDER_STATUS_CHANGED);

    private WebhookEventTypes() {}
}
