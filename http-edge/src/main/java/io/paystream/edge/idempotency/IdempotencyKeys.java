package io.paystream.edge.idempotency;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service's Idempotency-Keys with the answer the first request got, in its table {@code idempotency_key} (actor,
 * idempotency_key, fingerprint, created_at, response_status, response_body). A key is claimed, answer and all, in the
 * transaction that does the work: a concurrent request with the same key waits for it, then gets its answer. A
 * service that keeps such a table imports {@link StoredIdempotencyKeys} (which also reaps it).
 */
public class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    public IdempotencyKeys(JdbcClient jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** SHA-256 over what identifies the request; secrets go in only as their fingerprint. */
    public static String fingerprint(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /**
     * Claims {@code key} for this answer; empty when the claim is this request's, otherwise the first request's
     * answer. The same key with another request is refused (422 {@code idempotency-key-reused}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<StoredAnswer> claim(String actor, String key, String fingerprint, int status, String body) {
        boolean claimed = jdbc.sql("""
                        INSERT INTO idempotency_key
                            (actor, idempotency_key, fingerprint, created_at, response_status, response_body)
                        VALUES (:actor, :key, :fingerprint, :now, :status, :body)
                        ON CONFLICT DO NOTHING""")
                        .param("actor", actor)
                        .param("key", key)
                        .param("fingerprint", fingerprint)
                        .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                        .param("status", status)
                        .param("body", body)
                        .update()
                == 1;
        if (claimed) {
            return Optional.empty();
        }
        StoredAnswer first = jdbc.sql("""
                        SELECT fingerprint, response_status, response_body FROM idempotency_key
                         WHERE actor = :actor AND idempotency_key = :key""")
                .param("actor", actor)
                .param("key", key)
                .query((rs, row) -> new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .single();
        if (!first.fingerprint().equals(fingerprint)) {
            throw new ProblemException(
                    EdgeProblem.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used with a different request; use a new key for a new request");
        }
        return Optional.of(first);
    }

    /**
     * Replaces the stored answer of a key this transaction claimed, for a request whose answer is known only after its
     * work (a count of rows changed, say): claim first with an empty answer, work, then store the real one here.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answer(String actor, String key, String body) {
        jdbc.sql("UPDATE idempotency_key SET response_body = :body WHERE actor = :actor AND idempotency_key = :key")
                .param("actor", actor)
                .param("key", key)
                .param("body", body)
                .update();
    }

    /** After the retention (30 days, ARCHITECTURE §4) a key may be used again. */
    @Scheduled(fixedDelayString = "${paystream.idempotency.reap-interval:1h}")
    void reap() {
        jdbc.sql("DELETE FROM idempotency_key WHERE created_at < :cutoff")
                .param("cutoff", clock.instant().minus(retention).atOffset(ZoneOffset.UTC))
                .update();
    }

    /** The first request's fingerprint, status and body. */
    public record StoredAnswer(String fingerprint, int status, String body) {}
}
