package io.paystream.webhooks.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the six payment topics. Each record's deliveries commit before the listener returns and the container
 * commits offsets after that (ack mode BATCH, auto-commit off): a crash re-reads records already taken, and their
 * event ids recognise them.
 */
@Component
class PaymentEventsListener {

    private final EventIntake intake;

    PaymentEventsListener(EventIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(
            id = "webhook-payment-events",
            idIsGroup = false,
            topics = "#{T(io.paystream.contracts.PaymentTopics).ALL}")
    void onEvent(ConsumerRecord<String, String> record) {
        intake.receive(record.topic(), record.value());
    }
}
