package io.paystream.orders.lifecycle;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the six payment topics. Each record's effect commits in its own database transaction before the listener
 * returns, and the container commits offsets only after that (ack mode BATCH, auto-commit off): a crash re-reads
 * records whose effects may be committed, and the inbox recognises them.
 */
@Component
class PaymentEventsListener {

    static final String ID = "payment-events";

    private final EventIntake intake;

    PaymentEventsListener(EventIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "#{T(io.paystream.contracts.PaymentTopics).ALL}")
    void onEvent(ConsumerRecord<String, String> record) {
        intake.receive(
                new ReceivedRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value()));
    }

    /** One record as read from Kafka, before it is known to be a valid event. */
    record ReceivedRecord(String topic, int partition, long offset, String key, String value) {

        /** The identity of a record that has no readable {@code eventId}. */
        String position() {
            return "kafka:" + topic + "/" + partition + "@" + offset;
        }
    }
}
