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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An entry as the columns audit_draft and audit_record share, both ways. */
final class AuditColumns {

    /** The shared columns: each one's parameter in {@link #of} and its type. */
    private static final List<Column> SHARED = List.of(
            new Column("merchant_id", "merchant", "text"),
            new Column("recorded_at", "recordedAt", "timestamptz"),
            new Column("actor_type", "actorType", "text"),
            new Column("actor_id", "actorId", "text"),
            new Column("event", "event", "text"),
            new Column("payment_id", "paymentId", "text"),
            new Column("operation_id", "operationId", "text"),
            new Column("operation", "operation", "text"),
            new Column("amount", "amount", "bigint"),
            new Column("currency", "currency", "text"),
            new Column("idempotency_key", "idempotencyKey", "text"),
            new Column("gateway_operation", "gatewayOperation", "text"),
            new Column("transaction_id", "transactionId", "text"),
            new Column("processor_response_code", "processorResponseCode", "text"),
            new Column("processor_response_text", "processorResponseText", "text"),
            new Column("latency_ms", "latencyMs", "bigint"),
            new Column("outcome", "outcome", "text"));

    /** The chain's columns, which only audit_record has. */
    private static final List<Column> CHAIN = List.of(
            new Column("sequence", "sequence", "bigint"),
            new Column("previous_hash", "previousHash", "text"),
            new Column("hash", "hash", "text"));

    private static final List<Column> RECORD =
            Stream.concat(SHARED.stream(), CHAIN.stream()).toList();

    /** The shared columns, in the order of {@link #VALUES}. */
    static final String NAMES = join(SHARED, Column::name);

    static final String VALUES = join(SHARED, column -> ":" + column.parameter());

    /** {@link #VALUES} cast to their columns' types, for an INSERT … SELECT, whose parameters have no column to go by. */
    static final String TYPED_VALUES = join(SHARED, column -> ":" + column.parameter() + "::" + column.type());

    /** All of a batch's records in one statement: one array per column, unnested into rows. */
    private static final String INSERT_RECORDS = "INSERT INTO audit_record (" + join(RECORD, Column::name)
            + ") SELECT * FROM unnest("
            + join(RECORD, column -> ":" + column.parameter() + "::" + column.type() + "[]") + ")";

    private AuditColumns() {}

    private record Column(String name, String parameter, String type) {}

    private static String join(List<Column> columns, Function<Column, String> part) {
        return columns.stream().map(part).collect(Collectors.joining(", "));
    }

    /** Inserts {@code records} in one statement, as text arrays cast to their columns' types. */
    static void insertAll(JdbcClient jdbc, List<ChainedRecord> records) {
        Map<String, String[]> columns = new HashMap<>();
        for (int row = 0; row < records.size(); row++) {
            ChainedRecord record = records.get(row);
            Map<String, Object> values = of(record.entry());
            values.put("recordedAt", record.entry().recordedAt().toString());
            values.put("sequence", record.sequence());
            values.put("previousHash", record.previousHash());
            values.put("hash", record.hash());
            for (Column column : RECORD) {
                Object value = values.get(column.parameter());
                columns.computeIfAbsent(column.parameter(), name -> new String[records.size()])[row] =
                        value == null ? null : value.toString();
            }
        }
        JdbcClient.StatementSpec insert = jdbc.sql(INSERT_RECORDS);
        columns.forEach(insert::param);
        insert.update();
    }

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
