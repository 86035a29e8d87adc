package io.paystream.orchestrator.events;

import io.paystream.contracts.PaymentEvent;
import io.paystream.orchestrator.payment.PaymentOutcomes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the six payment topics. Each event is recorded in one transaction with its inbox row, and the offset is
 * committed only after that transaction: a restart re-reads, the inbox drops what was already applied.
 */
@Component
class PaymentEventsListener {

    private final PaymentOutcomes outcomes;
    private final JsonMapper json;

    PaymentEventsListener(PaymentOutcomes outcomes, JsonMapper json) {
        this.outcomes = outcomes;
        this.json = json;
    }

    @KafkaListener(
            id = "payment-outcomes",
            groupId = "${paystream.events.group-id:payments-orchestrator}",
            topics = "#{T(io.paystream.contracts.PaymentTopics).ALL}")
    void onEvent(ConsumerRecord<String, String> record) {
        outcomes.record(json.readValue(record.value(), PaymentEvent.class));
    }
}
