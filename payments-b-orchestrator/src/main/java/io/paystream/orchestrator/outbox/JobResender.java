package io.paystream.orchestrator.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends a job again when its operation has had no outcome for {@code paystream.outbox.resend-after} since it was
 * sent, then after twice and four times that, up to 32 times that (about an hour with the default) for as long as it
 * stays open: a message can be lost in transport (an SQS server restarted
 * without its messages, a message moved to the DLQ), and nothing else would ever ask for that operation again. The
 * platform runs each operationId once, so a copy of a job still in flight is harmless. Jobs whose operation has ended
 * are forgotten. A safety net, so a slow one: two indexed statements every {@code resend-check-interval}.
 */
@Component
class JobResender {

    private static final Logger log = LoggerFactory.getLogger(JobResender.class);

    private final JdbcClient jdbc;
    private final Duration resendAfter;
    private final Counter resent;

    JobResender(
            JdbcClient jdbc, MeterRegistry meters, @Value("${paystream.outbox.resend-after:2m}") Duration resendAfter) {
        this.jdbc = jdbc;
        this.resendAfter = resendAfter;
        this.resent = Counter.builder("paystream.outbox.resent")
                .description("Jobs sent again because their operation had no outcome long after they were sent")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${paystream.outbox.resend-check-interval:30s}")
    void check() {
        forgetFinished();
        resendOverdue();
    }

    private void forgetFinished() {
        jdbc.sql("""
                        DELETE FROM job_outbox j USING payment_operation o
                         WHERE j.sent_at IS NOT NULL AND o.operation_id = j.operation_id
                           AND o.status NOT IN ('PENDING', 'UNKNOWN')""").update();
    }

    /** The copy is a new row, so the relay is woken by its insert as for any job. */
    private void resendOverdue() {
        List<String> operations = jdbc.sql("""
                        WITH overdue AS (
                            DELETE FROM job_outbox j USING payment_operation o
                             WHERE j.sent_at < now() - :after * power(2, least(j.resends, 5)) * interval '1 ms'
                               AND o.operation_id = j.operation_id AND o.status IN ('PENDING', 'UNKNOWN')
                            RETURNING j.operation_id, j.payload, j.traceparent, j.resends)
                        INSERT INTO job_outbox (operation_id, payload, traceparent, resends)
                        SELECT operation_id, payload, traceparent, resends + 1 FROM overdue
                        RETURNING operation_id""")
                .param("after", resendAfter.toMillis())
                .query(String.class)
                .list();
        if (!operations.isEmpty()) {
            resent.increment(operations.size());
            log.warn(
                    "No outcome for {} operation(s) long after their jobs were sent; sent again: {}",
                    operations.size(),
                    operations);
        }
    }
}
