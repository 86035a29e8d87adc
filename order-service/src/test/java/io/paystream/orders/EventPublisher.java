package io.paystream.orders;

import io.paystream.contracts.PaymentEvent;
import io.paystream.testsupport.TestServers;
import tools.jackson.databind.json.JsonMapper;

/** Publishes payment events to the real topics as the platform's outbox relay does: JSON values keyed by order id. */
public final class EventPublisher {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventPublisher() {}

    public static void publish(PaymentEvent... events) {
        for (PaymentEvent event : events) {
            publishRaw(event.topic(), event.orderId(), JSON.writeValueAsString(event));
        }
    }

    public static void publishRaw(String topic, String key, String value) {
        TestServers.kafka().publish(topic, key, value);
    }
}
