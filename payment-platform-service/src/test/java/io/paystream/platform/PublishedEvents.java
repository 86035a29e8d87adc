package io.paystream.platform;

import io.paystream.contracts.PaymentEvent;
import io.paystream.contracts.PaymentTopics;
import io.paystream.testsupport.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.errors.WakeupException;
import tools.jackson.databind.json.JsonMapper;

/** Every payment event on the six topics, read by a consumer of its own, as an order team would read them. */
final class PublishedEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PublishedEvents INSTANCE = new PublishedEvents();

    private final List<Published> seen = new CopyOnWriteArrayList<>();

    record Published(String topic, String key, PaymentEvent event) {}

    private PublishedEvents() {
        Thread reader = Thread.ofPlatform().daemon().name("published-events").start(this::read);
        reader.setUncaughtExceptionHandler((thread, error) -> error.printStackTrace());
    }

    static PublishedEvents get() {
        return INSTANCE;
    }

    /** Events of one operation, in the order Kafka gave them. */
    List<Published> forOperation(String operationId) {
        return seen.stream()
                .filter(p -> p.event().operationId().equals(operationId))
                .toList();
    }

    private void read() {
        try (var consumer = TestServers.kafka().consumerFromStart("platform-tests")) {
            consumer.subscribe(PaymentTopics.ALL);
            while (!Thread.currentThread().isInterrupted()) {
                for (var record : consumer.poll(Duration.ofMillis(100))) {
                    seen.add(new Published(
                            record.topic(), record.key(), JSON.readValue(record.value(), PaymentEvent.class)));
                }
            }
        } catch (WakeupException stopped) {
            // The JVM is ending.
        }
    }
}
