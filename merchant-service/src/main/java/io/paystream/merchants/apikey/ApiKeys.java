package io.paystream.merchants.apikey;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code api_key} table. Every change takes the next {@code version} under one transaction-scoped lock, so
 * versions become visible in the order they were taken and an edge reading "changes after v" misses none.
 */
@Repository
class ApiKeys {

    /** pg_advisory_xact_lock's key for the key table's writers ("psk" in ASCII). */
    private static final long WRITERS_LOCK = 0x70736bL;

    private static final String COLUMNS = """
            id, merchant_id, name, prefix, hash, scopes, created_at, expires_at, last_used_at, revoked_at, version""";

    private final JdbcClient jdbc;

    ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ApiKey insert(ApiKey key) {
        long version = nextVersion();
        jdbc.sql("INSERT INTO api_key (" + COLUMNS + """
                        ) VALUES (:id, :merchantId, :name, :prefix, :hash, :scopes, :createdAt, :expiresAt, NULL,
                                  NULL, :version)""")
                .param("id", key.id())
                .param("merchantId", key.merchantId())
                .param("name", key.name())
                .param("prefix", key.prefix())
                .param("hash", key.hash())
                .param("scopes", key.scopes().toArray(String[]::new))
                .param("createdAt", utc(key.createdAt()))
                .param("expiresAt", key.expiresAt() == null ? null : utc(key.expiresAt()))
                .param("version", version)
                .update();
        return find(key.merchantId(), key.id()).orElseThrow();
    }

    /** Not a change of the key: no new version, so the edges' feed does not carry it. */
    void recordUse(String merchantId, String keyId, Instant usedAt) {
        jdbc.sql("""
                        UPDATE api_key SET last_used_at = :usedAt
                         WHERE merchant_id = :merchant AND id = :id AND (last_used_at IS NULL OR last_used_at < :usedAt)""")
                .param("merchant", merchantId)
                .param("id", keyId)
                .param("usedAt", utc(usedAt))
                .update();
    }

    Optional<ApiKey> find(String merchantId, String keyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE merchant_id = :merchant AND id = :id")
                .param("merchant", merchantId)
                .param("id", keyId)
                .query(ApiKeys::apiKey)
                .optional();
    }

    /** The merchant's keys, newest first. */
    List<ApiKey> ofMerchant(String merchantId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM api_key WHERE merchant_id = :merchant ORDER BY created_at DESC, id DESC")
                .param("merchant", merchantId)
                .query(ApiKeys::apiKey)
                .list();
    }

    /** Revokes the key unless it was revoked before (then its first revocation stands); false if there is none. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean revoke(String merchantId, String keyId, Instant now) {
        long version = nextVersion();
        jdbc.sql("""
                        UPDATE api_key SET revoked_at = :now, version = :version
                         WHERE merchant_id = :merchant AND id = :id AND revoked_at IS NULL""")
                .param("merchant", merchantId)
                .param("id", keyId)
                .param("now", utc(now))
                .param("version", version)
                .update();
        return find(merchantId, keyId).isPresent();
    }

    /** Every change after {@code version}, oldest first: what an edge applies to its copy. */
    List<ApiKey> changedAfter(long version, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE version > :version ORDER BY version LIMIT :limit")
                .param("version", version)
                .param("limit", limit)
                .query(ApiKeys::apiKey)
                .list();
    }

    private long nextVersion() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", WRITERS_LOCK)
                .query()
                .singleRow();
        return jdbc.sql("SELECT nextval('api_key_version')").query(Long.class).single();
    }

    private static ApiKey apiKey(ResultSet rs, int row) throws SQLException {
        Array scopes = rs.getArray("scopes");
        return new ApiKey(
                rs.getString("id"),
                rs.getString("merchant_id"),
                rs.getString("name"),
                rs.getString("prefix"),
                rs.getBytes("hash"),
                Arrays.asList((String[]) scopes.getArray()),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
