package io.paystream.platform.execution;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.paystream.contracts.PaymentQueues;
import io.paystream.outbox.KafkaOutbox;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Gauges an operator watches: outcomes nobody knows yet, refunds waiting for settlement, events not yet sent, and
 * jobs in the dead-letter queue (asked of SQS at each scrape; unknown while SQS does not answer).
 */
@Configuration(proxyBeanMethods = false)
class PlatformMetrics {

    private volatile String deadLetterQueueUrl;

    PlatformMetrics(MeterRegistry meters, Executions executions, KafkaOutbox outbox, SqsAsyncClient sqs) {
        Gauge.builder("paystream.executions.unknown", () -> executions.countByStatus(ExecutionStatus.UNKNOWN))
                .description("Operations whose gateway outcome is not known yet")
                .register(meters);
        Gauge.builder("paystream.executions.waiting", () -> executions.countByStatus(ExecutionStatus.WAITING))
                .description("Partial refunds waiting for their capture to settle")
                .register(meters);
        Gauge.builder("paystream.outbox.backlog", outbox::backlog)
                .description("Events committed but not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("paystream.jobs.dead.letters", () -> deadLetters(sqs))
                .description(
                        "Jobs in " + PaymentQueues.PAYMENT_REQUESTS_DLQ + ": list and redrive with ./paystream dlq")
                .register(meters);
    }

    private double deadLetters(SqsAsyncClient sqs) {
        try {
            if (deadLetterQueueUrl == null) {
                deadLetterQueueUrl = sqs.getQueueUrl(request -> request.queueName(PaymentQueues.PAYMENT_REQUESTS_DLQ))
                        .get(2, TimeUnit.SECONDS)
                        .queueUrl();
            }
            String visible = sqs.getQueueAttributes(request -> request.queueUrl(deadLetterQueueUrl)
                            .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .get(2, TimeUnit.SECONDS)
                    .attributes()
                    .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
            return Double.parseDouble(visible);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
