package io.paystream.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentTopics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@RealServers(Server.KAFKA)
class KafkaServerTests {

    @Test
    void paymentTopicsExistWithTheirPartitions(KafkaServer kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            var topics = admin.describeTopics(PaymentTopics.ALL).allTopicNames().get();

            assertThat(topics).containsOnlyKeys(PaymentTopics.ALL);
            assertThat(topics.values())
                    .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(KafkaServer.PAYMENT_TOPIC_PARTITIONS));
        }
    }

    @Test
    void recordAcknowledgedByAllReplicasIsConsumedWithItsKey(KafkaServer kafka) throws Exception {
        String orderId = "ord_" + UUID.randomUUID();
        RecordMetadata written;
        try (var producer =
                new KafkaProducer<>(producerConfig(kafka), new StringSerializer(), new StringSerializer())) {
            written = producer.send(
                            new ProducerRecord<>(PaymentTopics.APPROVED, orderId, "{\"orderId\":\"" + orderId + "\"}"))
                    .get();
        }

        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        try (var consumer =
                new KafkaConsumer<>(consumerConfig(kafka), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(PaymentTopics.APPROVED));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return read.stream().anyMatch(r -> r.key().equals(orderId));
            });
        }

        assertThat(written.hasOffset()).isTrue();
        assertThat(read)
                .filteredOn(r -> r.key().equals(orderId))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.value()).contains(orderId);
                    assertThat(r.partition()).isEqualTo(written.partition());
                    assertThat(r.offset()).isEqualTo(written.offset());
                });
    }

    private static Map<String, Object> producerConfig(KafkaServer kafka) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true);
    }

    private static Map<String, Object> consumerConfig(KafkaServer kafka) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "support-tests-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
    }
}
