package io.paystream.orchestrator.idempotency;

import io.paystream.edge.problem.EdgeProblem;
import io.paystream.edge.problem.ProblemException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key table. A key is claimed (IN_FLIGHT, committed) before the work starts and completed in the work's own
 * transaction; a claim left by a crashed request may be taken over after {@link #TAKEOVER_AFTER}.
 */
@Repository
public class IdempotencyKeys {

    static final Duration TAKEOVER_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for a new request, or gives the stored answer of the request that used it before. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<StoredResponse> claim(String customerId, String key, String fingerprint) {
        int claimed = jdbc.sql("""
                        INSERT INTO idempotency_key (customer_id, idempotency_key, fingerprint, status)
                        VALUES (:customer, :key, :fingerprint, 'IN_FLIGHT')
                        ON CONFLICT (customer_id, idempotency_key) DO UPDATE SET created_at = now()
                         WHERE idempotency_key.status = 'IN_FLIGHT'
                           AND idempotency_key.fingerprint = EXCLUDED.fingerprint
                           AND idempotency_key.created_at < now() - :takeover * interval '1 ms'""")
                .param("customer", customerId)
                .param("key", key)
                .param("fingerprint", fingerprint)
                .param("takeover", TAKEOVER_AFTER.toMillis())
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        record Existing(String fingerprint, String status, Integer responseStatus, String responseBody) {}
        Existing existing = jdbc.sql("""
                        SELECT fingerprint, status, response_status, response_body FROM idempotency_key
                         WHERE customer_id = :customer AND idempotency_key = :key""")
                .param("customer", customerId)
                .param("key", key)
                .query(Existing.class)
                .single();
        if (!existing.fingerprint().equals(fingerprint)) {
            throw new ProblemException(
                    EdgeProblem.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for a different request");
        }
        if (existing.status().equals("IN_FLIGHT")) {
            throw new ProblemException(
                    EdgeProblem.IDEMPOTENCY_KEY_IN_FLIGHT,
                    "A request with this Idempotency-Key is still being processed; retry shortly");
        }
        return Optional.of(new StoredResponse(existing.responseStatus(), existing.responseBody(), true));
    }

    /** Stores the answer, in the transaction of the work it answers for. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(String customerId, String key, int status, String body) {
        store(customerId, key, status, body);
    }

    /** Stores a refusal (404, 409, 422) on its own: the same request would be refused the same way. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void completeAlone(String customerId, String key, int status, String body) {
        store(customerId, key, status, body);
    }

    /** Releases a claim whose request failed for reasons of ours (a dependency down): the client may retry it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String customerId, String key) {
        jdbc.sql(
                        "DELETE FROM idempotency_key WHERE customer_id = :customer AND idempotency_key = :key AND status = 'IN_FLIGHT'")
                .param("customer", customerId)
                .param("key", key)
                .update();
    }

    /** Deletes keys older than the retention; returns how many. */
    public int reap(Duration retention) {
        return jdbc.sql("DELETE FROM idempotency_key WHERE created_at < now() - :retention * interval '1 ms'")
                .param("retention", retention.toMillis())
                .update();
    }

    private void store(String customerId, String key, int status, String body) {
        jdbc.sql("""
                        UPDATE idempotency_key SET status = 'COMPLETED', response_status = :status, response_body = :body
                         WHERE customer_id = :customer AND idempotency_key = :key""")
                .param("customer", customerId)
                .param("key", key)
                .param("status", status)
                .param("body", body)
                .update();
    }
}
