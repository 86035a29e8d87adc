package io.paystream.webhooks.endpoint;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The endpoints, always read within their merchant: another merchant's endpoint is not there. */
@Repository
class Endpoints {

    private final JdbcClient jdbc;

    Endpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WebhookEndpoint endpoint) {
        jdbc.sql("""
                        INSERT INTO webhook_endpoint
                            (id, merchant_id, url, event_types, description, status, created_at, updated_at)
                        VALUES (:id, :merchant, :url, :types, :description, :status, :createdAt, :createdAt)""")
                .param("id", endpoint.id())
                .param("merchant", endpoint.merchantId())
                .param("url", endpoint.url())
                .param("types", endpoint.eventTypes().toArray(String[]::new))
                .param("description", endpoint.description())
                .param("status", endpoint.status().name())
                .param("createdAt", endpoint.createdAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<WebhookEndpoint> find(String merchantId, String id) {
        return jdbc.sql("SELECT * FROM webhook_endpoint WHERE merchant_id = :merchant AND id = :id")
                .param("merchant", merchantId)
                .param("id", id)
                .query((rs, row) -> endpoint(rs))
                .optional();
    }

    /** The endpoint, locked until the transaction ends: its secrets' versions and its changes are made one at a time. */
    Optional<WebhookEndpoint> lock(String merchantId, String id) {
        return jdbc.sql("SELECT * FROM webhook_endpoint WHERE merchant_id = :merchant AND id = :id FOR UPDATE")
                .param("merchant", merchantId)
                .param("id", id)
                .query((rs, row) -> endpoint(rs))
                .optional();
    }

    /** Newest first, {@code limit} + 1 of them, after {@code startingAfter} when given. */
    List<WebhookEndpoint> page(String merchantId, String startingAfter, int limit) {
        return jdbc.sql("""
                        SELECT * FROM webhook_endpoint e
                         WHERE merchant_id = :merchant
                           AND (CAST(:after AS text) IS NULL OR (created_at, id) < (
                                SELECT created_at, id FROM webhook_endpoint
                                 WHERE merchant_id = :merchant AND id = :after))
                         ORDER BY created_at DESC, id DESC
                         LIMIT :limit""")
                .param("merchant", merchantId)
                .param("after", startingAfter)
                .param("limit", limit + 1)
                .query((rs, row) -> endpoint(rs))
                .list();
    }

    /** Writes what a PATCH changed; a merchant's enabling also forgets why the service had disabled it. */
    void update(WebhookEndpoint endpoint, Instant now) {
        jdbc.sql("""
                        UPDATE webhook_endpoint
                           SET url = :url, event_types = :types, description = :description, status = :status,
                               disabled_reason = :reason, failing_since = :failingSince, updated_at = :now
                         WHERE merchant_id = :merchant AND id = :id""")
                .param("merchant", endpoint.merchantId())
                .param("id", endpoint.id())
                .param("url", endpoint.url())
                .param("types", endpoint.eventTypes().toArray(String[]::new))
                .param("description", endpoint.description())
                .param("status", endpoint.status().name())
                .param("reason", endpoint.disabledReason())
                .param(
                        "failingSince",
                        endpoint.failingSince() == null
                                ? null
                                : endpoint.failingSince().atOffset(ZoneOffset.UTC))
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    boolean delete(String merchantId, String id) {
        return jdbc.sql("DELETE FROM webhook_endpoint WHERE merchant_id = :merchant AND id = :id")
                        .param("merchant", merchantId)
                        .param("id", id)
                        .update()
                == 1;
    }

    static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        Array types = rs.getArray("event_types");
        Timestamp failingSince = rs.getTimestamp("failing_since");
        return new WebhookEndpoint(
                rs.getString("id"),
                rs.getString("merchant_id"),
                rs.getString("url"),
                Arrays.asList((String[]) types.getArray()),
                rs.getString("description"),
                EndpointStatus.valueOf(rs.getString("status")),
                rs.getString("disabled_reason"),
                failingSince == null ? null : failingSince.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
