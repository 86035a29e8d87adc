package io.paystream.outbox;

import io.paystream.signals.WokenWork;
import io.paystream.tracing.TraceParent;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox rows to Kafka in batches, asynchronously within a batch, and deletes them once every send is
 * acknowledged by all in-sync replicas. At least once: a crash between the acks and the delete re-sends the
 * batch, and consumers drop the copies by {@code eventId}. It runs when PostgreSQL says an event was written
 * ({@value #CHANNEL}, the trigger every service's migration puts on its outbox: the module's README), on every
 * instance, and polls every {@code paystream.outbox.poll-interval} only while those notifications are not heard.
 */
public class KafkaOutboxRelay implements WokenWork {

    static final String CHANNEL = "event_outbox";

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transactions;
    private final int batchSize;

    KafkaOutboxRelay(
            JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions, int batchSize) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void run() {
        while (relayBatch() == batchSize) {
            // A full batch means more are waiting: keep going without the poll delay.
        }
    }

    /**
     * Takes a batch out and sends it in one transaction: the deleted rows stay locked while Kafka acknowledges, which
     * keeps two relay instances from sending one row (SKIP LOCKED lets each take a different batch), and they come
     * back if Kafka does not acknowledge. Sent in the order they were written: one payment's events stay in order.
     */
    int relayBatch() {
        Integer sent = transactions.execute(status -> {
            List<OutboxRow> rows = jdbc.sql("""
                            DELETE FROM outbox WHERE id IN (
                                SELECT id FROM outbox ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED)
                            RETURNING id, topic, message_key, payload, traceparent""").param("limit", batchSize).query(OutboxRow.class).list().stream()
                    .sorted(Comparator.comparingLong(OutboxRow::id))
                    .toList();
            if (rows.isEmpty()) {
                return 0;
            }
            CompletableFuture<?>[] acks =
                    rows.stream().map(row -> kafka.send(row.record())).toArray(CompletableFuture[]::new);
            // The batch is every row that was ready: send it now rather than after the producer's linger.ms.
            kafka.flush();
            CompletableFuture.allOf(acks).orTimeout(30, TimeUnit.SECONDS).join();
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    record OutboxRow(long id, String topic, String messageKey, String payload, String traceparent) {

        ProducerRecord<String, String> record() {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, messageKey, payload);
            if (traceparent != null) {
                record.headers().add(TraceParent.HEADER, traceparent.getBytes(StandardCharsets.US_ASCII));
            }
            return record;
        }
    }
}
