package io.paystream.orchestrator.audit;

import io.paystream.audit.Actor;
import io.paystream.audit.AuditEntry;
import io.paystream.audit.AuditEvent;
import io.paystream.audit.AuditEvent.GatewayAttempt;
import io.paystream.audit.AuditEvent.MoneyRequest;
import io.paystream.audit.ChainedRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/** An entry as the columns audit_draft and audit_record share, both ways. */
final class AuditColumns {

    /** The shared columns, in the order of {@link #VALUES}. */
    static final String NAMES = """
            merchant_id, recorded_at, actor_type, actor_id, event, payment_id, operation_id, operation, amount,
            currency, idempotency_key, gateway_operation, transaction_id, processor_response_code,
            processor_response_text, latency_ms, outcome""";

    static final String VALUES = """
            :merchant, :recordedAt, :actorType, :actorId, :event, :paymentId, :operationId, :operation, :amount,
            :currency, :idempotencyKey, :gatewayOperation, :transactionId, :processorResponseCode,
            :processorResponseText, :latencyMs, :outcome""";

    private AuditColumns() {}

    static Map<String, Object> of(AuditEntry entry) {
        Map<String, Object> params = new HashMap<>();
        params.put("merchant", entry.merchantId());
        params.put("recordedAt", Timestamp.from(entry.recordedAt()));
        params.put("actorType", entry.actor().type().name());
        params.put("actorId", entry.actor().id());
        params.put("event", entry.event().name());
        params.put("paymentId", entry.event().paymentId());
        params.put("operationId", null);
        params.put("operation", null);
        params.put("amount", null);
        params.put("currency", null);
        params.put("idempotencyKey", null);
        params.put("gatewayOperation", null);
        params.put("transactionId", null);
        params.put("processorResponseCode", null);
        params.put("processorResponseText", null);
        params.put("latencyMs", null);
        switch (entry.event()) {
            case MoneyRequest request -> {
                params.put("operationId", request.operationId());
                params.put("operation", request.operation());
                params.put("amount", request.amount());
                params.put("currency", request.currency());
                params.put("idempotencyKey", request.idempotencyKey());
                params.put("outcome", request.outcome());
            }
            case GatewayAttempt attempt -> {
                params.put("operationId", attempt.operationId());
                params.put("gatewayOperation", attempt.gatewayOperation());
                params.put("transactionId", attempt.transactionId());
                params.put("processorResponseCode", attempt.processorResponseCode());
                params.put("processorResponseText", attempt.processorResponseText());
                params.put("latencyMs", attempt.latencyMillis());
                params.put("outcome", attempt.outcome());
            }
        }
        return params;
    }

    /** The entry of a row; its sequence is 0 in a draft. */
    static AuditEntry entry(ResultSet rs, long sequence) throws SQLException {
        return new AuditEntry(
                rs.getString("merchant_id"),
                sequence,
                rs.getTimestamp("recorded_at").toInstant(),
                new Actor(Actor.Type.valueOf(rs.getString("actor_type")), rs.getString("actor_id")),
                event(rs));
    }

    static ChainedRecord chained(ResultSet rs, int row) throws SQLException {
        long sequence = rs.getLong("sequence");
        return new ChainedRecord(
                recordId(rs.getString("merchant_id"), sequence),
                entry(rs, sequence),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    static String recordId(String merchantId, long sequence) {
        return merchantId + "/" + sequence;
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        String event = rs.getString("event");
        return switch (event) {
            case "money-request" ->
                new MoneyRequest(
                        rs.getString("payment_id"),
                        rs.getString("operation_id"),
                        rs.getString("operation"),
                        rs.getLong("amount"),
                        rs.getString("currency"),
                        rs.getString("idempotency_key"),
                        rs.getString("outcome"));
            case "gateway-attempt" ->
                new GatewayAttempt(
                        rs.getString("payment_id"),
                        rs.getString("operation_id"),
                        rs.getString("gateway_operation"),
                        rs.getString("transaction_id"),
                        rs.getString("processor_response_code"),
                        rs.getString("processor_response_text"),
                        rs.getLong("latency_ms"),
                        rs.getString("outcome"));
            default -> throw new IllegalStateException("unknown audit event " + event);
        };
    }
}
