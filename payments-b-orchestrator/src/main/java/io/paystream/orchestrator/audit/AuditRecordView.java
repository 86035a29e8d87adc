package io.paystream.orchestrator.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.paystream.audit.AuditEvent.GatewayAttempt;
import io.paystream.audit.AuditEvent.MoneyRequest;
import io.paystream.audit.ChainedRecord;
import java.time.Instant;

/** One record as the API shows it: what was asked or sent and answered, by whom, and its place in the chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AuditRecordView(
        long sequence,
        Instant recordedAt,
        String event,
        ActorView actor,
        String operationId,
        String outcome,
        RequestView request,
        GatewayView gateway,
        String previousHash,
        String hash) {

    record ActorView(String type, String id) {}

    record RequestView(String operation, long amount, String currency, String idempotencyKey) {}

    record GatewayView(
            String operation,
            String transactionId,
            String processorResponseCode,
            String processorResponseText,
            long latencyMs) {}

    static AuditRecordView of(ChainedRecord record) {
        var entry = record.entry();
        ActorView actor =
                new ActorView(entry.actor().type().name(), entry.actor().id());
        return switch (entry.event()) {
            case MoneyRequest request ->
                new AuditRecordView(
                        record.sequence(),
                        entry.recordedAt(),
                        request.name(),
                        actor,
                        request.operationId(),
                        request.outcome(),
                        new RequestView(
                                request.operation(), request.amount(), request.currency(), request.idempotencyKey()),
                        null,
                        record.previousHash(),
                        record.hash());
            case GatewayAttempt attempt ->
                new AuditRecordView(
                        record.sequence(),
                        entry.recordedAt(),
                        attempt.name(),
                        actor,
                        attempt.operationId(),
                        attempt.outcome(),
                        null,
                        new GatewayView(
                                attempt.gatewayOperation(),
                                attempt.transactionId(),
                                attempt.processorResponseCode(),
                                attempt.processorResponseText(),
                                attempt.latencyMillis()),
                        record.previousHash(),
                        record.hash());
        };
    }
}
