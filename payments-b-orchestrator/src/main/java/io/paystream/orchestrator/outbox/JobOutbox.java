package io.paystream.orchestrator.outbox;

import io.paystream.contracts.PaymentJob;
import io.paystream.tracing.TraceParent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends a job inside the transaction of the payment change it carries out. The row stays, marked sent, until its
 * operation has an outcome ({@link JobResender}).
 */
@Repository
public class JobOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JobOutbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(PaymentJob job) {
        jdbc.sql("""
                        INSERT INTO job_outbox (operation_id, payload, traceparent)
                        VALUES (:operationId, :payload, :traceparent)""")
                .param("operationId", job.operationId())
                .param("payload", json.writeValueAsString(job))
                .param("traceparent", TraceParent.ofCurrentSpan())
                .update();
    }

    public long backlog() {
        return jdbc.sql("SELECT count(*) FROM job_outbox WHERE sent_at IS NULL")
                .query(Long.class)
                .single();
    }
}
