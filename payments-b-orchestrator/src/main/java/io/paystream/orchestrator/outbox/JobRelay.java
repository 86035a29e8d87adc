package io.paystream.orchestrator.outbox;

import io.paystream.contracts.PaymentQueues;
import io.paystream.signals.WokenWork;
import io.paystream.tracing.TraceParent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Sends outbox jobs to {@value PaymentQueues#PAYMENT_REQUESTS} ten to a batch and marks those SQS accepted as sent
 * (kept until their outcome arrives: {@link JobResender}). A crash after the send and before the mark sends them
 * again: the platform runs each operationId once. It runs when
 * PostgreSQL says a job was written ({@value #CHANNEL}, the trigger of V3__wakeups.sql), on every instance, so no
 * query runs while there is nothing to send; it polls every {@code paystream.outbox.poll-interval} only while
 * those notifications are not heard.
 */
@Component
class JobRelay implements WokenWork {

    static final String CHANNEL = "job_outbox";

    private static final int ROWS_PER_RUN = 100;
    private static final int SQS_BATCH = 10;

    private final JdbcClient jdbc;
    private final SqsAsyncClient sqs;
    private final TransactionTemplate transactions;
    private volatile String queueUrl;

    JobRelay(JdbcClient jdbc, SqsAsyncClient sqs, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.sqs = sqs;
        this.transactions = transactions;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void run() {
        while (relayOnce() == ROWS_PER_RUN) {
            // A full run means more are waiting: keep going without the poll delay.
        }
    }

    /**
     * The row locks keep two relay instances off the same jobs; SKIP LOCKED lets each take others. Selected, then
     * marked sent once SQS accepted them, entry by entry.
     */
    int relayOnce() {
        Integer sent = transactions.execute(status -> {
            List<Row> rows =
                    jdbc.sql("""
                            SELECT id, payload, traceparent FROM job_outbox WHERE sent_at IS NULL
                             ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""").param("limit", ROWS_PER_RUN).query(Row.class).list();
            List<Long> accepted = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += SQS_BATCH) {
                accepted.addAll(send(rows.subList(from, Math.min(from + SQS_BATCH, rows.size()))));
            }
            if (!accepted.isEmpty()) {
                jdbc.sql("UPDATE job_outbox SET sent_at = now() WHERE id = ANY(:ids)")
                        .param(
                                "ids",
                                accepted.stream().mapToLong(Long::longValue).toArray())
                        .update();
            }
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    private List<Long> send(List<Row> batch) {
        SendMessageBatchResponse response = sqs.sendMessageBatch(request -> request.queueUrl(queueUrl())
                        .entries(batch.stream()
                                .map(row -> SendMessageBatchRequestEntry.builder()
                                        .id(Long.toString(row.id()))
                                        .messageBody(row.payload())
                                        .messageAttributes(row.traceAttributes())
                                        .build())
                                .toList()))
                .join();
        Set<String> failed = response.failed().stream().map(entry -> entry.id()).collect(Collectors.toSet());
        return batch.stream()
                .map(Row::id)
                .filter(id -> !failed.contains(Long.toString(id)))
                .toList();
    }

    private String queueUrl() {
        if (queueUrl == null) {
            queueUrl = sqs.getQueueUrl(request -> request.queueName(PaymentQueues.PAYMENT_REQUESTS))
                    .join()
                    .queueUrl();
        }
        return queueUrl;
    }

    record Row(long id, String payload, String traceparent) {

        Map<String, MessageAttributeValue> traceAttributes() {
            if (traceparent == null) {
                return Map.of();
            }
            return Map.of(
                    TraceParent.HEADER,
                    MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue(traceparent)
                            .build());
        }
    }
}
