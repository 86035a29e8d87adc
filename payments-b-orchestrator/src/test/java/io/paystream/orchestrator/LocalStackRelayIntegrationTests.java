package io.paystream.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.paystream.contracts.PaymentQueues;
import io.paystream.testsupport.LocalStackSqs;
import io.paystream.testsupport.RealServers;
import io.paystream.testsupport.Server;
import io.paystream.testsupport.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The orchestrator's outbox relay against LocalStack SQS instead of ElasticMQ, with the queues from the same init
 * hook {@code docker-compose.localstack.yml} uses: an approval's job lands on LocalStack's queue. The platform side
 * of this path is {@code LocalStackSqsIntegrationTests} in payment-platform-service. Needs a Docker engine: skipped
 * (not failed) without one.
 */
@Testcontainers(disabledWithoutDocker = true)
@RealServers(
        value = {Server.POSTGRES, Server.KAFKA, Server.OAUTH},
        database = "orchestrator")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocalStackRelayIntegrationTests {

    @Container
    static final LocalStackContainer LOCALSTACK = LocalStackSqs.container();

    static SqsClient sqs;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void localStack(DynamicPropertyRegistry registry) {
        LocalStackSqs.register(LOCALSTACK, registry);
    }

    @BeforeAll
    static void awaitQueuesFromTheInitHook() {
        sqs = LocalStackSqs.clientOnceQueueExists(LOCALSTACK, PaymentQueues.PAYMENT_REQUESTS);
    }

    @Test
    void approvalsJobIsRelayedToLocalStacksQueue() throws Exception {
        String token = TestServers.oauth().token("customer-" + UUID.randomUUID(), "payments:write");
        String orderId = "ord_" + UUID.randomUUID();
        HttpResponse<String> accepted = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/payments"))
                                .header("Authorization", "Bearer " + token)
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                {"orderId":"%s","amount":990,"currency":"USD","paymentMethodNonce":"fake-valid-nonce"}""".formatted(orderId)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);

        var job = await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                sqs
                                        .receiveMessage(request ->
                                                request.queueUrl(queueUrl()).waitTimeSeconds(1))
                                        .messages()
                                        .stream()
                                        .map(message ->
                                                JsonMapper.builder().build().readTree(message.body()))
                                        .filter(body ->
                                                body.path("orderId").asString().equals(orderId))
                                        .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(job.path("operation").asString()).isEqualTo("APPROVE");
        assertThat(job.path("amount").asLong()).isEqualTo(990);
    }

    private static String queueUrl() {
        return sqs.getQueueUrl(request -> request.queueName(PaymentQueues.PAYMENT_REQUESTS))
                .queueUrl();
    }
}
