package io.paystream.webhooks.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deliveries and their attempts: which are due, who holds one, how each attempt ended. */
@Repository
class Deliveries {

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Due at {@code now}, to enabled endpoints, held by no sender, none to an endpoint of {@code busy} (at its cap in
     * this instance) and at most {@code perEndpoint} to any other: a backlog of one endpoint never fills the batch,
     * so every endpoint with something due gets its turn in each round. Oldest due first.
     */
    List<Due> due(Instant now, int limit, int perEndpoint, Collection<String> busy) {
        return jdbc.sql("""
                        SELECT id, endpoint_id, next_attempt_at FROM (
                            SELECT d.id, d.endpoint_id, d.next_attempt_at,
                                   row_number() OVER (PARTITION BY d.endpoint_id ORDER BY d.next_attempt_at) AS turn
                              FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                             WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
                               AND (d.claimed_until IS NULL OR d.claimed_until < :now)
                               AND e.status = 'ENABLED' AND d.endpoint_id <> ALL (:busy)) due
                         WHERE turn <= :perEndpoint
                         ORDER BY next_attempt_at
                         LIMIT :limit""")
                .param("now", utc(now))
                .param("busy", busy.toArray(String[]::new))
                .param("perEndpoint", perEndpoint)
                .param("limit", limit)
                .query((rs, row) -> new Due(
                        rs.getString("id"),
                        rs.getString("endpoint_id"),
                        rs.getTimestamp("next_attempt_at").toInstant()))
                .list();
    }

    /**
     * Takes the delivery for one attempt until {@code until} and reads what the attempt sends (the endpoint's URL, the
     * event's id and body), in one statement; empty if another sender has it, it is no longer due, or its endpoint
     * is gone.
     */
    Optional<Sendable> take(String id, Instant now, Instant until) {
        return jdbc.sql("""
                        UPDATE webhook_delivery d SET claimed_until = :until
                          FROM webhook_event e, webhook_endpoint p
                         WHERE d.id = :id AND d.status = 'PENDING' AND d.next_attempt_at <= :now
                           AND (d.claimed_until IS NULL OR d.claimed_until < :now)
                           AND e.id = d.event_id AND p.id = d.endpoint_id
                        RETURNING d.id, d.merchant_id, d.endpoint_id, d.attempts, d.event_id, e.created_at AS event_at,
                                  e.body, p.url""")
                .param("id", id)
                .param("now", utc(now))
                .param("until", utc(until))
                .query((rs, row) -> new Sendable(
                        rs.getString("id"),
                        rs.getString("merchant_id"),
                        rs.getString("endpoint_id"),
                        rs.getInt("attempts"),
                        rs.getString("event_id"),
                        rs.getTimestamp("event_at").toInstant(),
                        rs.getString("body"),
                        rs.getString("url")))
                .optional();
    }

    /**
     * A 2xx: the attempt recorded, the delivery ended, and the endpoint's run of failures over if it had one, in one
     * statement (the common case costs one round trip).
     */
    void succeeded(Sendable delivery, Instant at, Attempted attempt) {
        jdbc.sql("""
                        WITH attempt AS (
                            INSERT INTO webhook_attempt
                                (delivery_id, number, attempted_at, status_code, latency_ms, error, response_excerpt)
                            VALUES (:id, :number, :at, :status, :latency, NULL, :excerpt)),
                        delivery AS (
                            UPDATE webhook_delivery
                               SET status = 'SUCCEEDED', attempts = :number, next_attempt_at = NULL,
                                   claimed_until = NULL, ended_at = :at
                             WHERE id = :id)
                        UPDATE webhook_endpoint SET failing_since = NULL
                         WHERE id = :endpoint AND failing_since IS NOT NULL""")
                .param("id", delivery.id())
                .param("number", delivery.attempts() + 1)
                .param("at", utc(at))
                .param("status", attempt.statusCode())
                .param("latency", attempt.latencyMillis())
                .param("excerpt", attempt.excerpt())
                .param("endpoint", delivery.endpointId())
                .update();
    }

    void addAttempt(Sendable delivery, Instant at, Attempted attempt) {
        jdbc.sql("""
                        INSERT INTO webhook_attempt
                            (delivery_id, number, attempted_at, status_code, latency_ms, error, response_excerpt)
                        VALUES (:id, :number, :at, :status, :latency, :error, :excerpt)""")
                .param("id", delivery.id())
                .param("number", delivery.attempts() + 1)
                .param("at", utc(at))
                .param("status", attempt.statusCode())
                .param("latency", attempt.latencyMillis())
                .param("error", attempt.error())
                .param("excerpt", attempt.excerpt())
                .update();
    }

    /** Ends the delivery (SUCCEEDED or FAILED) or makes it due again at {@code next}; the sender lets it go. */
    void settle(Sendable delivery, DeliveryStatus status, Instant at, Instant next) {
        jdbc.sql("""
                        UPDATE webhook_delivery
                           SET status = :status, attempts = :attempts, next_attempt_at = :next, claimed_until = NULL,
                               ended_at = :ended
                         WHERE id = :id""")
                .param("id", delivery.id())
                .param("status", status.name())
                .param("attempts", delivery.attempts() + 1)
                .param("next", next == null ? null : utc(next))
                .param("ended", status == DeliveryStatus.PENDING ? null : utc(at))
                .update();
    }

    /** The endpoint failed at {@code at}: returns since when it has been failing. */
    Instant endpointFailed(String endpointId, Instant at) {
        return jdbc.sql("""
                        UPDATE webhook_endpoint SET failing_since = coalesce(failing_since, :at)
                         WHERE id = :id RETURNING failing_since""")
                .param("id", endpointId)
                .param("at", utc(at))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .orElse(at);
    }

    /** Disables the endpoint; false if it was disabled already. */
    boolean disableEndpoint(String endpointId, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE webhook_endpoint SET status = 'DISABLED', disabled_reason = :reason, updated_at = :at
                         WHERE id = :id AND status = 'ENABLED'""")
                        .param("id", endpointId)
                        .param("reason", reason)
                        .param("at", utc(at))
                        .update()
                == 1;
    }

    /** The endpoint's deliveries, newest first, {@code limit} + 1 of them, after {@code startingAfter} when given. */
    List<DeliveryView> page(String merchantId, String endpointId, String status, String startingAfter, int limit) {
        List<DeliveryView> deliveries = jdbc.sql("""
                        SELECT d.*, e.type FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
                         WHERE d.merchant_id = :merchant AND d.endpoint_id = :endpoint
                           AND (CAST(:status AS text) IS NULL OR d.status = :status)
                           AND (CAST(:after AS text) IS NULL OR (d.created_at, d.id) < (
                                SELECT created_at, id FROM webhook_delivery
                                 WHERE endpoint_id = :endpoint AND id = :after))
                         ORDER BY d.created_at DESC, d.id DESC
                         LIMIT :limit""")
                .param("merchant", merchantId)
                .param("endpoint", endpointId)
                .param("status", status)
                .param("after", startingAfter)
                .param("limit", limit + 1)
                .query((rs, row) -> view(rs, List.of()))
                .list();
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        List<String> ids = deliveries.stream().map(DeliveryView::id).toList();
        Map<String, List<DeliveryView.Attempt>> attempts = jdbc
                .sql("""
                        SELECT * FROM webhook_attempt WHERE delivery_id = ANY (:ids) ORDER BY delivery_id, number""")
                .param("ids", ids.toArray(String[]::new))
                .query((rs, row) -> Map.entry(rs.getString("delivery_id"), attempt(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return deliveries.stream()
                .map(delivery -> delivery.withAttempts(attempts.getOrDefault(delivery.id(), List.of())))
                .toList();
    }

    Optional<DeliveryView> find(String merchantId, String id) {
        return jdbc.sql("""
                        SELECT d.*, e.type FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
                         WHERE d.merchant_id = :merchant AND d.id = :id""")
                .param("merchant", merchantId)
                .param("id", id)
                .query((rs, row) -> view(rs, List.of()))
                .optional();
    }

    /** Due again now, whatever its state; its attempts go on being numbered after those made. */
    void resend(String merchantId, String id, Instant now) {
        jdbc.sql("""
                        UPDATE webhook_delivery
                           SET status = 'PENDING', next_attempt_at = :now, ended_at = NULL
                         WHERE merchant_id = :merchant AND id = :id""")
                .param("merchant", merchantId)
                .param("id", id)
                .param("now", utc(now))
                .update();
    }

    /** Every FAILED delivery to the endpoint made since {@code since}, due again now; how many. */
    int recover(String merchantId, String endpointId, Instant since, Instant now) {
        return jdbc.sql("""
                        UPDATE webhook_delivery
                           SET status = 'PENDING', next_attempt_at = :now, ended_at = NULL
                         WHERE merchant_id = :merchant AND endpoint_id = :endpoint AND status = 'FAILED'
                           AND created_at >= :since""")
                .param("merchant", merchantId)
                .param("endpoint", endpointId)
                .param("since", utc(since))
                .param("now", utc(now))
                .update();
    }

    private static DeliveryView view(ResultSet rs, List<DeliveryView.Attempt> attempts) throws SQLException {
        return new DeliveryView(
                rs.getString("id"),
                rs.getString("endpoint_id"),
                rs.getString("event_id"),
                rs.getString("type"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("ended_at")),
                attempts);
    }

    private static DeliveryView.Attempt attempt(ResultSet rs) throws SQLException {
        int code = rs.getInt("status_code");
        Integer status = rs.wasNull() ? null : code;
        return new DeliveryView.Attempt(
                rs.getInt("number"),
                rs.getTimestamp("attempted_at").toInstant(),
                status,
                rs.getLong("latency_ms"),
                rs.getString("error"),
                rs.getString("response_excerpt"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record Due(String id, String endpointId, Instant dueAt) {}

    /** A delivery as an attempt needs it. */
    record Sendable(
            String id,
            String merchantId,
            String endpointId,
            int attempts,
            String eventId,
            Instant eventAt,
            String body,
            String url) {}
}
