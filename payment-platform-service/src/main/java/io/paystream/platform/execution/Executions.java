package io.paystream.platform.execution;

import io.paystream.contracts.PaymentJob;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The execution rows, keyed by merchant and {@code operationId}. Times come from the database clock, shared by all
 * instances.
 */
@Repository
class Executions {

    private final JdbcClient jdbc;

    Executions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the row, or takes over a STARTED one whose lease ran out; committed before the gateway is called,
     * so a crash after the call leaves a row that says "look before you act".
     */
    Claim claim(PaymentJob job, String jobJson, Duration lease) {
        Optional<Integer> owned = jdbc.sql("""
                        INSERT INTO execution (merchant_id, operation_id, operation, payment_id, job, status, attempts,
                                               lease_until, created_at, updated_at)
                        VALUES (:merchant, :id, :operation, :paymentId, :job, 'STARTED', 1,
                                now() + :lease * interval '1 ms', now(), now())
                        ON CONFLICT (merchant_id, operation_id) DO UPDATE
                           SET attempts = execution.attempts + 1, lease_until = EXCLUDED.lease_until, updated_at = now()
                         WHERE execution.status = 'STARTED' AND execution.lease_until < now()
                        RETURNING attempts""")
                .param("merchant", job.merchantId())
                .param("id", job.operationId())
                .param("operation", job.operation().name())
                .param("paymentId", job.paymentId())
                .param("job", jobJson)
                .param("lease", lease.toMillis())
                .query(Integer.class)
                .optional();
        if (owned.isPresent()) {
            return new Claim.Owned(owned.get());
        }
        record Row(String status, String event) {}
        Row row = jdbc.sql("SELECT status, event FROM execution WHERE merchant_id = :merchant AND operation_id = :id")
                .param("merchant", job.merchantId())
                .param("id", job.operationId())
                .query(Row.class)
                .single();
        ExecutionStatus status = ExecutionStatus.valueOf(row.status());
        if (status.isFinal()) {
            return new Claim.Finished(row.event());
        }
        return status == ExecutionStatus.STARTED ? new Claim.Busy() : new Claim.Parked(status);
    }

    /**
     * Ends the operation, with the failure's code and reason when it did not succeed; false if it had already
     * ended, so the caller publishes nothing twice. Ending it is not fenced: a gateway outcome is the truth whoever
     * learned it.
     */
    boolean finish(ExecutionKey key, ExecutionStatus status, String event, String reason) {
        return jdbc.sql("""
                        UPDATE execution
                           SET status = :status, event = :event, status_reason = :reason, lease_until = NULL,
                               next_check_at = NULL, updated_at = now()
                         WHERE merchant_id = :merchant AND operation_id = :id
                           AND status IN ('STARTED', 'UNKNOWN', 'WAITING')""")
                        .param("merchant", key.merchantId())
                        .param("id", key.operationId())
                        .param("status", status.name())
                        .param("event", event)
                        .param("reason", reason)
                        .update()
                == 1;
    }

    /**
     * Extends the lease of the holder whose claim was attempt {@code attempts}, right before it moves money;
     * false if another delivery or the reconciler has taken the operation over since (then it must not send).
     */
    boolean renew(ExecutionKey key, int attempts, Duration lease) {
        return jdbc.sql("""
                        UPDATE execution SET lease_until = now() + :lease * interval '1 ms', updated_at = now()
                         WHERE merchant_id = :merchant AND operation_id = :id AND attempts = :attempts
                           AND lease_until > now() AND status IN ('STARTED', 'UNKNOWN', 'WAITING')""")
                        .param("merchant", key.merchantId())
                        .param("id", key.operationId())
                        .param("attempts", attempts)
                        .param("lease", lease.toMillis())
                        .update()
                == 1;
    }

    /**
     * Hands the operation to the reconciler, which looks again after {@code checkAfter}; only by the holder of
     * attempt {@code attempts}. The first time an outcome becomes UNKNOWN starts the give-up clock.
     */
    void park(ExecutionKey key, int attempts, ExecutionStatus status, String reason, Duration checkAfter) {
        jdbc.sql("""
                        UPDATE execution
                           SET status = :status, status_reason = :reason, lease_until = NULL,
                               next_check_at = now() + :after * interval '1 ms', updated_at = now(),
                               unknown_since = CASE WHEN :status = 'UNKNOWN' THEN coalesce(unknown_since, now()) END
                         WHERE merchant_id = :merchant AND operation_id = :id AND attempts = :attempts
                           AND status IN ('STARTED', 'UNKNOWN', 'WAITING')""")
                .param("merchant", key.merchantId())
                .param("id", key.operationId())
                .param("attempts", attempts)
                .param("status", status.name())
                .param("reason", reason)
                .param("after", checkAfter.toMillis())
                .update();
    }

    /** Gives a STARTED operation back, so the next delivery may take it at once; only by its current holder. */
    void release(ExecutionKey key, int attempts) {
        jdbc.sql("""
                        UPDATE execution SET lease_until = now(), updated_at = now()
                         WHERE merchant_id = :merchant AND operation_id = :id AND attempts = :attempts
                           AND status = 'STARTED'""")
                .param("merchant", key.merchantId())
                .param("id", key.operationId())
                .param("attempts", attempts)
                .update();
    }

    /**
     * The next due row for the reconciler (UNKNOWN or WAITING whose time has come, or a STARTED one abandoned),
     * leased to it alone, with its attempt number as fencing token. One at a time, so no lease runs out in a queue.
     * {@code unknownSince} is when the outcome became unknown, or when an abandoned holder's lease ran out.
     */
    Optional<DueExecution> leaseNextDue(Duration lease, Duration abandonedAfter) {
        return jdbc.sql("""
                        UPDATE execution e
                           SET lease_until = now() + :lease * interval '1 ms', attempts = e.attempts + 1,
                               next_check_at = now() + :lease * interval '1 ms', updated_at = now()
                          FROM (SELECT merchant_id, operation_id, coalesce(unknown_since, lease_until, updated_at) AS since
                                  FROM execution
                                 WHERE (status IN ('UNKNOWN', 'WAITING') AND next_check_at <= now())
                                    OR (status = 'STARTED' AND lease_until < now() - :abandoned * interval '1 ms')
                                 ORDER BY updated_at
                                 LIMIT 1
                                 FOR UPDATE SKIP LOCKED) due
                         WHERE e.merchant_id = due.merchant_id AND e.operation_id = due.operation_id
                        RETURNING e.operation_id, e.status, e.job, e.attempts, due.since AS unknown_since""")
                .param("lease", lease.toMillis())
                .param("abandoned", abandonedAfter.toMillis())
                .query(DueExecution.class)
                .optional();
    }

    long countByStatus(ExecutionStatus status) {
        return jdbc.sql("SELECT count(*) FROM execution WHERE status = :status")
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    /** A row the reconciler holds for one look at the gateway. */
    record DueExecution(
            String operationId, ExecutionStatus status, String job, int attempts, OffsetDateTime unknownSince) {}
}
