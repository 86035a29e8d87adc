package io.paystream.orchestrator.audit;

import io.paystream.audit.Actor;
import io.paystream.audit.AuditEntry;
import io.paystream.audit.AuditEvent;
import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.GatewayAttemptRecorded;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's gateway attempts, drafted onto their merchant's audit trail with their inbox rows: a poll's records
 * in one transaction (the offsets are committed after it), and a redelivered attempt (same {@code attemptId}) is
 * recorded once.
 */
@Component
class GatewayAttemptsListener {

    private static final Logger log = LoggerFactory.getLogger(GatewayAttemptsListener.class);

    private final AuditDrafts drafts;
    private final JsonMapper json;

    GatewayAttemptsListener(AuditDrafts drafts, JsonMapper json) {
        this.drafts = drafts;
        this.json = json;
    }

    @KafkaListener(
            id = "gateway-attempts",
            groupId = "${paystream.events.group-id:payments-orchestrator}",
            topics = AuditTopics.GATEWAY_ATTEMPTS,
            containerFactory = "gatewayAttemptsContainerFactory")
    @Transactional
    void onAttempts(List<String> values) {
        for (String value : values) {
            try {
                record(json.readValue(value, GatewayAttemptRecorded.class));
            } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
                // One unreadable record must not hold back the poll's others: it is logged, not retried.
                log.error("Unreadable gateway attempt skipped: {}", unreadable.getMessage());
            }
        }
    }

    private void record(GatewayAttemptRecorded attempt) {
        drafts.appendOnce(
                attempt.attemptId(),
                AuditEntry.draft(
                        attempt.merchantId(),
                        attempt.attemptedAt(),
                        Actor.system(attempt.actor()),
                        new AuditEvent.GatewayAttempt(
                                attempt.paymentId(),
                                attempt.operationId(),
                                attempt.call(),
                                attempt.transactionId(),
                                attempt.processorResponseCode(),
                                attempt.processorResponseText(),
                                attempt.latencyMillis(),
                                attempt.outcome())));
    }

    /** Batches: the attempts of a poll are drafted in one transaction, one commit for all of them. */
    @Bean
    static ConcurrentKafkaListenerContainerFactory<Object, Object> gatewayAttemptsContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        return factory;
    }
}
