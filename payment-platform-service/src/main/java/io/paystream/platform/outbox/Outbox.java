package io.paystream.platform.outbox;

import io.paystream.tracing.TraceParent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends events to the outbox, inside the transaction that records what they report. */
@Repository
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
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
