package io.paystream.contracts;

import java.util.Arrays;

/** The six payment lifecycle events, each published on a topic of its own. */
public enum PaymentEventType {
    PAYMENT_APPROVED(PaymentTopics.APPROVED),
    PAYMENT_DECLINED(PaymentTopics.DECLINED),
    PAYMENT_DEPOSITED(PaymentTopics.DEPOSITED),
    PAYMENT_REVERSED(PaymentTopics.REVERSED),
    PAYMENT_REFUNDED(PaymentTopics.REFUNDED),
    PAYMENT_FAILED(PaymentTopics.FAILED);

    private final String topic;

    PaymentEventType(String topic) {
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }

    /** Declines and failures say why, with a {@code failureCode}. */
    public boolean isUnsuccessful() {
        return this == PAYMENT_DECLINED || this == PAYMENT_FAILED;
    }

    public static PaymentEventType ofTopic(String topic) {
        return Arrays.stream(values())
                .filter(type -> type.topic.equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a payment topic: " + topic));
    }
}
