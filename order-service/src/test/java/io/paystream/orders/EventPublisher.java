package io.paystream.orders;

import io.paystream.contracts.PaymentEvent;
import io.paystream.testsupport.TestServers;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes payment events to the real topics as the platform's outbox relay does: JSON values keyed by order id. */
public final class EventPublisher {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final KafkaProducer<String, String> PRODUCER = new KafkaProducer<>(
            Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestServers.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG,
                    "all",
                    ProducerConfig.LINGER_MS_CONFIG,
                    0),
            new StringSerializer(),
            new StringSerializer());

    private EventPublisher() {}

    public static void publish(PaymentEvent... events) {
        for (PaymentEvent event : events) {
            publishRaw(event.topic(), event.orderId(), JSON.writeValueAsString(event));
        }
    }

    public static void publishRaw(String topic, String key, String value) {
        try {
            PRODUCER.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
