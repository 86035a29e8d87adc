package io.paystream.orchestrator.wallet;

import io.paystream.contracts.PaymentMethodRemoved;
import io.paystream.contracts.WalletTopics;
import io.paystream.edge.security.Customer;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hears every removal of a stored method on {@value WalletTopics#METHOD_REMOVED}, in a consumer group of this
 * instance's own (every instance must hear every removal), from the end of the topic: what it remembers starts empty
 * when the partitions are assigned, and it remembers only while they are. Offsets are never committed.
 */
@Configuration(proxyBeanMethods = false)
class MethodRemovalsListener {

    private final StoredMethods methods;
    private final JsonMapper json;

    MethodRemovalsListener(StoredMethods methods, JsonMapper json) {
        this.methods = methods;
        this.json = json;
    }

    @KafkaListener(
            id = "wallet-method-removals",
            topics = WalletTopics.METHOD_REMOVED,
            groupId = "${paystream.events.group-id:payments-orchestrator}-methods-${random.uuid}",
            containerFactory = "methodRemovalsContainerFactory",
            // Removals are rare: an empty fetch waits 5 s at the broker (data ends the wait at once), not 0.5 s.
            properties = {"auto.offset.reset=latest", "fetch.max.wait.ms=5000"})
    void onRemoved(String value) {
        PaymentMethodRemoved removed = json.readValue(value, PaymentMethodRemoved.class);
        methods.removed(new Customer(removed.merchantId(), removed.customerId()), removed.paymentMethodId());
    }

    @Bean
    static ConcurrentKafkaListenerContainerFactory<Object, Object> methodRemovalsContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumers,
            StoredMethods methods) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.getContainerProperties().setAckMode(AckMode.MANUAL);
        factory.getContainerProperties().setConsumerRebalanceListener(new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                // The end of each partition, resolved now rather than at the next poll: no removal after it is missed.
                partitions.forEach(consumer::position);
                methods.hearing();
            }

            @Override
            public void onPartitionsRevokedBeforeCommit(
                    Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                methods.notHearing();
            }

            @Override
            public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                methods.notHearing();
            }
        });
        return factory;
    }
}
