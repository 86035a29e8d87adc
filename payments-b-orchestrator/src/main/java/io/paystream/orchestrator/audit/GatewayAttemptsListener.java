package io.paystream.orchestrator.audit;

import io.paystream.audit.Actor;
import io.paystream.audit.AuditEntry;
import io.paystream.audit.AuditEvent;
import io.paystream.contracts.AuditTopics;
import io.paystream.contracts.GatewayAttemptRecorded;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's gateway attempts, drafted onto their merchant's audit trail with their inbox row in one transaction:
 * a redelivered attempt (same {@code attemptId}) is recorded once.
 */
@Component
class GatewayAttemptsListener {

    private final AuditDrafts drafts;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    GatewayAttemptsListener(AuditDrafts drafts, JdbcClient jdbc, JsonMapper json) {
        this.drafts = drafts;
        this.jdbc = jdbc;
        this.json = json;
    }

    @KafkaListener(
            id = "gateway-attempts",
            groupId = "${paystream.events.group-id:payments-orchestrator}",
            topics = AuditTopics.GATEWAY_ATTEMPTS)
    @Transactional
    void onAttempt(ConsumerRecord<String, String> record) {
        GatewayAttemptRecorded attempt = json.readValue(record.value(), GatewayAttemptRecorded.class);
        boolean first = jdbc.sql("INSERT INTO inbox (event_id) VALUES (:id) ON CONFLICT DO NOTHING")
                        .param("id", attempt.attemptId())
                        .update()
                == 1;
        if (first) {
            drafts.append(AuditEntry.draft(
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
    }
}
