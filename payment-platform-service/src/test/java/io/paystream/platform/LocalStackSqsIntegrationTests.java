package io.paystream.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentJob;
import io.paystream.contracts.PaymentQueues;
import io.paystream.contracts.PaymentTopics;
import io.paystream.platform.PublishedEvents.Published;
import io.paystream.testsupport.LocalStackSqs;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQS path against LocalStack instead of ElasticMQ: LocalStack's init hook from {@code deploy/localstack} (the
 * one {@code docker-compose.localstack.yml} mounts) creates the queues, and a job sent to LocalStack's
 * {@value PaymentQueues#PAYMENT_REQUESTS} is executed by the platform listener against the Braintree simulator and
 * published to Kafka. Needs a Docker engine: skipped (not failed) without one. The orchestrator's outbox relay to
 * SQS is LocalStackRelayIntegrationTests in payments-b-orchestrator.
 */
@Testcontainers(disabledWithoutDocker = true)
@RealServers(
        value = {Server.POSTGRES, Server.KAFKA},
        database = "platform")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"paystream.platform.reconcile-interval=300ms", "paystream.outbox.poll-interval=20ms"})
class LocalStackSqsIntegrationTests {

    @Container
    static final LocalStackContainer LOCALSTACK = LocalStackSqs.container();

    static SqsClient sqs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void localStack(DynamicPropertyRegistry registry) {
        LocalStackSqs.register(LOCALSTACK, registry);
        registry.add("paystream.braintree.base-url", Simulator.get()::baseUrl);
    }

    /** Before the listener starts: the init hook runs after LocalStack says it is ready. */
    @BeforeAll
    static void awaitQueuesFromTheInitHook() {
        sqs = LocalStackSqs.clientOnceQueueExists(LOCALSTACK, PaymentQueues.PAYMENT_REQUESTS);
    }

    @AfterAll
    static void closeClient() {
        if (sqs != null) {
            sqs.close();
        }
    }

    @Test
    void initHookCreatesTheJobQueueWithRedriveToTheDeadLetterQueueAfterTenReceives() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(
                                queueUrl(PaymentQueues.PAYMENT_REQUESTS))
                        .attributeNames(QueueAttributeName.REDRIVE_POLICY, QueueAttributeName.VISIBILITY_TIMEOUT))
                .attributes();

        assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
                .contains(":" + PaymentQueues.PAYMENT_REQUESTS_DLQ + "\"")
                .containsPattern("\"maxReceiveCount\":\\s*\"?10\"?");
        assertThat(attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT)).isEqualTo("150");
    }

    @Test
    void jobSentToLocalStackIsExecutedByThePlatformListener() {
        PaymentJob job = PlatformTestBase.approve(1050, "USD", "fake-valid-nonce");

        sqs.sendMessage(request ->
                request.queueUrl(queueUrl(PaymentQueues.PAYMENT_REQUESTS)).messageBody(json.writeValueAsString(job)));

        Published published = await().atMost(PlatformTestBase.EVENT_WAIT)
                .until(() -> PublishedEvents.get().forOperation(job.operationId()), events -> !events.isEmpty())
                .getFirst();
        assertThat(published.topic()).isEqualTo(PaymentTopics.APPROVED);
        assertThat(published.key()).isEqualTo(job.orderId());
        assertThat(Simulator.get().transactionsForOrder(job.operationId()))
                .singleElement()
                .satisfies(transaction -> assertThat(transaction.status()).isEqualTo("authorized"));
        assertThat(jdbc.sql("SELECT status FROM execution WHERE operation_id = :id")
                        .param("id", job.operationId())
                        .query(String.class)
                        .single())
                .isEqualTo("SUCCEEDED");
        // Acknowledged: nothing left in flight, and nothing went to the DLQ.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(messages(PaymentQueues.PAYMENT_REQUESTS)).isZero());
        assertThat(messages(PaymentQueues.PAYMENT_REQUESTS_DLQ)).isZero();
    }

    private static String queueUrl(String name) {
        return sqs.getQueueUrl(request -> request.queueName(name)).queueUrl();
    }

    /** Visible plus in-flight messages of a queue. */
    private static int messages(String queue) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl(queue))
                        .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }
}
