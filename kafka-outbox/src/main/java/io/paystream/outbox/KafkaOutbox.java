package io.paystream.outbox;

import io.paystream.tracing.TraceParent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to the service's {@code outbox} table, inside the transaction that records what they report; the
 * {@link KafkaOutboxRelay} sends them once it commits. Each row keeps the trace it was written in.
 */
public class KafkaOutbox {

    private final JdbcClient jdbc;

    KafkaOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String key, String payload) {
        jdbc.sql("""
                        INSERT INTO outbox (topic, message_key, payload, traceparent)
                        VALUES (:topic, :key, :payload, :traceparent)""")
                .param("topic", topic)
                .param("key", key)
                .param("payload", payload)
                .param("traceparent", TraceParent.ofCurrentSpan())
                .update();
    }

    public long backlog() {
        return jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single();
    }
}
