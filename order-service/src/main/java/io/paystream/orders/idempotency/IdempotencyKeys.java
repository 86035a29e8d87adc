package io.paystream.orders.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keys per caller ({@code sub}) and their stored response. A key is claimed in the transaction that does the work,
 * so a concurrent request with the same key waits for that transaction and then replays its outcome.
 */
@Repository
public class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprint of a request: method, path and canonical body. */
    public static String fingerprint(String method, String path, String canonicalBody) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((method + " " + path + "\n" + canonicalBody).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /**
     * Claims the key with the answer of the work this transaction does, one row written once; false if the key was
     * claimed before (once that claim committed: a concurrent insert of the same key waits for it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String customerId, String key, String fingerprint, Instant now, int status, String body) {
        return jdbc.sql("""
                        INSERT INTO idempotency_key
                            (customer_id, idempotency_key, fingerprint, created_at, response_status, response_body)
                        VALUES (:customer, :key, :fingerprint, :now, :status, :body)
                        ON CONFLICT DO NOTHING""")
                        .param("customer", customerId)
                        .param("key", key)
                        .param("fingerprint", fingerprint)
                        .param("now", now.atOffset(ZoneOffset.UTC))
                        .param("status", status)
                        .param("body", body)
                        .update()
                == 1;
    }

    public Optional<StoredResponse> find(String customerId, String key) {
        return jdbc.sql("""
                        SELECT fingerprint, response_status, response_body FROM idempotency_key
                         WHERE customer_id = :customer AND idempotency_key = :key""")
                .param("customer", customerId)
                .param("key", key)
                .query((rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :cutoff")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The first request's fingerprint and the answer it got. */
    public record StoredResponse(String fingerprint, int status, String body) {}
}
